/**
 * The widgets mounted from a Vue 3 template, as the README shows: Vue sets a binding as a
 * property when the element has one by that name (`:symptoms`, `:endpoint`, `:hiddenFields`)
 * and `@pinched-nerve-…` listens for the event. What the patient sees and what the real
 * endpoint receives.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, ref } from 'vue';
import '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { $, pressSubmit, text } from '../helpers/form.js';
import { drawn, fillSteps2And3, sentBody, watchErrors } from './shared.js';

/** Mounts a template with `setup`'s bindings, telling Vue the widgets' tags are custom elements. */
function mount(template: string, setup: () => Record<string, unknown>) {
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp({ template, setup });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('pinched-nerve-');
  app.mount(container);
  return {
    container,
    unmount: () => {
      app.unmount();
      container.remove();
    },
  };
}

const found = async <T extends HTMLElement>(container: HTMLElement, tag: string) => {
  const el = container.querySelector(tag) as unknown as T & { updateComplete: Promise<boolean> };
  expect(el, `Vue never rendered <${tag}>`).to.not.equal(null);
  await el.updateComplete;
  return el;
};

describe('the widgets in Vue 3', () => {
  const errors = watchErrors();

  it('sends to a URL endpoint with object hidden fields, number words and a list’s array of items', async () => {
    const first = endpointFor('ok');
    const ep = endpointFor('ok');
    const endpoint = ref(new URL(first.url));
    const heard: string[] = [];
    const successes: CustomEvent[] = [];
    const view = mount(
      `<pinched-nerve-symptoms
        region="cervical"
        selectable
        for="vue-form"
        :symptoms="items"
        @pinched-nerve-symptoms-change="onChange"
      ></pinched-nerve-symptoms>
      <pinched-nerve-check
        id="vue-form"
        :endpoint="endpoint"
        :hiddenFields="fields"
        :clinicName="42"
        :heading="2026"
        :successMessage="42"
        :privacyUrl="privacy"
        @pinched-nerve-success="onSuccess"
      ></pinched-nerve-check>`,
      () => ({
        items: ['Arm pain', 'Hand weakness'],
        endpoint,
        fields: { clinic_id: 'lakeside-01', campaign: 7 },
        privacy: new URL('https://clinic.example/privacy'),
        onChange: (e: CustomEvent<{ selected: string[] }>) => heard.push(...e.detail.selected),
        onSuccess: (e: CustomEvent) => successes.push(e),
      }),
    );
    try {
      const list = await found<PinchedNerveSymptoms>(view.container, 'pinched-nerve-symptoms');
      const check = await found<PinchedNerveCheck>(view.container, 'pinched-nerve-check');
      // A reactive URL the app then replaces: the form sends to the second.
      endpoint.value = new URL(ep.url);
      await nextTick();
      expect(check.endpoint).to.equal(ep.url);
      await check.updateComplete;
      drawn(list);
      drawn(check);
      const boxes = list.shadowRoot!.querySelectorAll<HTMLInputElement>('input');
      expect([...boxes].map((b) => b.value)).to.deep.equal(['Arm pain', 'Hand weakness']);
      expect(text($(check, '[part="heading"]'))).to.equal('2026');

      boxes[0]!.click();
      await check.updateComplete;
      expect(heard).to.deep.equal(['Arm pain']);
      expect($<HTMLInputElement>(check, '#f-region')!.checked, 'neck preselected').to.equal(true);
      await fillSteps2And3(check);
      expect(text($(check, 'label[for="f-consent"]'))).to.contain('42');
      expect($<HTMLAnchorElement>(check, '.privacy a')!.href).to.equal(
        'https://clinic.example/privacy',
      );
      await pressSubmit(check);
      await waitUntil(() => successes.length === 1, 'no pinched-nerve-success');
      await check.updateComplete;
      expect(text($(check, '#status'))).to.contain('42');
      expect(text($(check, '#status'))).to.not.contain('Sending');

      const body = await sentBody(ep);
      expect(body).to.deep.include({
        clinic_id: 'lakeside-01',
        campaign: 7,
        region: 'cervical',
        symptoms: ['Arm pain'],
      });
      expect(body.consent_text).to.contain('42');
      expect((await first.received()).requests, 'nothing to the replaced URL').to.have.length(0);
    } finally {
      view.unmount();
    }
  });

  it('shows the card’s number words and follows a URL cta-href, with the event bound by @', async () => {
    const clicks: (string | null)[] = [];
    const view = mount(
      `<pinched-nerve-card
        :heading="3"
        :ctaLabel="7"
        :ctaHref="book"
        @pinched-nerve-cta.prevent="onCta"
      ></pinched-nerve-card>`,
      () => ({
        book: new URL('https://clinic.example/book?from=card'),
        onCta: (e: CustomEvent<{ href: string | null }>) => clicks.push(e.detail.href),
      }),
    );
    try {
      const card = await found<PinchedNerveCard>(view.container, 'pinched-nerve-card');
      drawn(card);
      const button = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!;
      expect(text(card.shadowRoot!.querySelector('[part="heading"]'))).to.equal('3');
      expect(text(button)).to.equal('7');
      expect(button.href).to.equal('https://clinic.example/book?from=card');
      button.click();
      expect(clicks).to.deep.equal(['https://clinic.example/book?from=card']);
    } finally {
      view.unmount();
    }
  });

  it('warns once for each unusable binding and draws the defaults, never a blank widget', async () => {
    const warnings = captureWarnings();
    const view = mount(
      `<pinched-nerve-symptoms :symptoms="[1, 2]"></pinched-nerve-symptoms>
      <pinched-nerve-check :hiddenFields="['not', 'an object']" :heading="{ title: 'x' }"></pinched-nerve-check>`,
      () => ({}),
    );
    try {
      const list = await found<PinchedNerveSymptoms>(view.container, 'pinched-nerve-symptoms');
      const check = await found<PinchedNerveCheck>(view.container, 'pinched-nerve-check');
      drawn(list);
      drawn(check);
      expect(list.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(2);
      expect(text($(check, '[part="heading"]'))).to.not.contain('title');
      const about = (name: string) => warnings.messages.filter((m) => m.includes(`${name}=`));
      expect(about('symptoms')).to.have.length(1);
      expect(about('symptoms')[0]).to.match(/^<pinched-nerve-symptoms>: ignoring symptoms=/);
      expect(about('hiddenFields')).to.have.length(1);
      expect(about('heading')).to.have.length(1);
    } finally {
      warnings.restore();
      view.unmount();
    }
  });

  after(() => expect(errors(), 'uncaught errors').to.deep.equal([]));
});

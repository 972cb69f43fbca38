/**
 * The widgets mounted from React 19, which sets a defined custom element's props as
 * properties (an array stays an array, a URL a URL, a number a number) and adds `on<event>`
 * props as event listeners: what the patient sees and what the real endpoint receives.
 */
import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { $, pressSubmit, text } from '../helpers/form.js';
import { drawn, fillSteps2And3, sentBody, watchErrors } from './shared.js';

const h = React.createElement;

/** Renders `element` into a fresh container; returns it and a way to render again and unmount. */
function mount(element: React.ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = ReactDOMClient.createRoot(container);
  root.render(element);
  return {
    container,
    render: (next: React.ReactNode) => root.render(next),
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

const found = async <T extends HTMLElement>(container: HTMLElement, tag: string) => {
  await waitUntil(() => container.querySelector(tag), `React never rendered <${tag}>`);
  const el = container.querySelector(tag) as unknown as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
};

describe('the widgets in React 19', () => {
  const errors = watchErrors();

  it('sends to a URL endpoint with object hidden fields, number words and a list’s array of items', async () => {
    const ep = endpointFor('ok');
    const heard: string[] = [];
    const successes: CustomEvent[] = [];
    const app = (endpoint: URL) =>
      h(
        'div',
        null,
        h('pinched-nerve-symptoms', {
          region: 'cervical',
          selectable: true,
          for: 'react-form',
          symptoms: ['Arm pain', 'Hand weakness'],
          'onpinched-nerve-symptoms-change': (e: CustomEvent<{ selected: string[] }>) =>
            heard.push(...e.detail.selected),
        }),
        h('pinched-nerve-check', {
          id: 'react-form',
          endpoint,
          hiddenFields: { clinic_id: 'lakeside-01', campaign: 7 },
          clinicName: 42,
          heading: 2026,
          successMessage: 42,
          privacyUrl: new URL('https://clinic.example/privacy'),
          'onpinched-nerve-success': (e: CustomEvent) => successes.push(e),
        }),
      );
    // First a URL the page then replaces, as a router does: the form sends to the second.
    const first = endpointFor('ok');
    const view = mount(app(new URL(first.url)));
    try {
      const list = await found<PinchedNerveSymptoms>(view.container, 'pinched-nerve-symptoms');
      const check = await found<PinchedNerveCheck>(view.container, 'pinched-nerve-check');
      view.render(app(new URL(ep.url)));
      await waitUntil(() => check.endpoint === ep.url, 'the new endpoint never arrived');
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

  it('shows the card’s number words and follows a URL cta-href, with the event as a prop', async () => {
    const clicks: (string | null)[] = [];
    const view = mount(
      h('pinched-nerve-card', {
        heading: 3,
        ctaLabel: 7,
        ctaHref: new URL('https://clinic.example/book?from=card'),
        'onpinched-nerve-cta': (e: CustomEvent<{ href: string | null }>) => {
          e.preventDefault();
          clicks.push(e.detail.href);
        },
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

  it('warns once for each unusable prop and draws the defaults, never a blank widget', async () => {
    const warnings = captureWarnings();
    const view = mount(
      h(
        'div',
        null,
        h('pinched-nerve-symptoms', { symptoms: [1, 2] }),
        h('pinched-nerve-check', { hiddenFields: ['not', 'an object'], heading: { title: 'x' } }),
      ),
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
      expect(about('hiddenFields')[0]).to.match(/^<pinched-nerve-check>: .*the default/);
      expect(about('heading')).to.have.length(1);
    } finally {
      warnings.restore();
      view.unmount();
    }
  });

  after(() => expect(errors(), 'uncaught errors').to.deep.equal([]));
});

/** Many instances of every widget on one page: each renders whole and keeps to itself. */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../dist/pinched-nerve-widgets.js';
import { card as words } from '../../src/content/card-en.js';
import { symptoms } from '../../src/content/en.js';
import type { Region } from '../../src/content/types.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { fillAll, nextEvent, pressSubmit, text, tick, type } from '../helpers/form.js';
import { drawn } from '../helpers/drawn.js';

const range = (n: number) => [...Array(n).keys()];
const CARD_REGIONS = ['both', 'cervical', 'lumbar'] as const;
const FORMS = 5;

/** 20 cards (each for="form-<i % 5>"), 10 lists (the first 5 selectable) and 5 forms. */
async function crowdedPage(endpoints: string[]) {
  const page = await drawn(
    await fixture<HTMLDivElement>(
      html`<div>
        ${range(20).map(
          (i) =>
            html`<pinched-nerve-card
              id="card-${i}"
              region=${CARD_REGIONS[i % 3]!}
              for="form-${i % FORMS}"
              phone="555-010-${1000 + i}"
              heading="Card ${i}"
            ></pinched-nerve-card>`,
        )}
        ${range(10).map(
          (i) =>
            html`<pinched-nerve-symptoms
              id="list-${i}"
              region=${i % 2 ? 'lumbar' : 'cervical'}
              ?selectable=${i < FORMS}
              for="form-${i % FORMS}"
            ></pinched-nerve-symptoms>`,
        )}
        ${range(FORMS).map(
          (i) =>
            html`<pinched-nerve-check
              id="form-${i}"
              endpoint=${endpoints[i]!}
              clinic-name="Clinic ${i}"
              hidden-fields='{"form":${i}}'
            ></pinched-nerve-check>`,
        )}
      </div>`,
    ),
  );
  const cards = [...page.querySelectorAll('pinched-nerve-card')];
  const lists = [...page.querySelectorAll('pinched-nerve-symptoms')];
  const forms = [...page.querySelectorAll('pinched-nerve-check')];
  await Promise.all([...cards, ...lists, ...forms].map((el) => el.updateComplete));
  return { page, cards, lists, forms };
}

const regionsOf = (i: number): Region[] =>
  CARD_REGIONS[i % 3] === 'both' ? ['cervical', 'lumbar'] : [CARD_REGIONS[i % 3] as Region];

describe('many widgets on one page', () => {
  it('renders 20 cards, 10 lists and 5 forms, each whole, with no warning or error', async () => {
    const warnings = captureWarnings('warn');
    const errors = captureWarnings('error');
    try {
      const { cards, lists, forms } = await crowdedPage(
        range(FORMS).map(() => endpointFor('ok').url),
      );
      cards.forEach((card, i) => {
        const root = card.shadowRoot!;
        expect(text(root.querySelector('[part="heading"]'))).to.equal(`Card ${i}`);
        expect(
          [...root.querySelectorAll('[part="region"]')].map((r) =>
            [...r.querySelectorAll('li')].map(text),
          ),
        ).to.deep.equal(regionsOf(i).map((r) => [...symptoms[r]]));
        expect(root.querySelector('[part="cta-button"]')?.getAttribute('href')).to.equal(
          `#form-${i % FORMS}`,
        );
        expect(text(root.querySelector('[part="phone"] a'))).to.equal(`555-010-${1000 + i}`);
        expect(text(root.querySelector('.cta-text'))).to.equal(words.ctaText);
      });
      lists.forEach((list, i) => {
        const items = [...list.shadowRoot!.querySelectorAll(i < FORMS ? 'label' : 'li')];
        expect(items.map(text)).to.deep.equal([...symptoms[i % 2 ? 'lumbar' : 'cervical']]);
      });
      for (const form of forms) {
        expect(form.shadowRoot!.querySelectorAll('input[name="region"]')).to.have.length(3);
        expect(form.values.region).to.equal('');
      }
      expect(warnings.messages).to.deep.equal([]);
      expect(errors.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
      errors.restore();
    }
  });

  it('filling in one form changes no other form', async () => {
    const { forms } = await crowdedPage(range(FORMS).map(() => endpointFor('ok').url));
    const [first, ...others] = forms;
    const before = others.map((f) => JSON.stringify(f.values));
    await tick(first!, 'f-region-1');
    await tick(first!, 'f-symptoms-2');
    await pressSubmit(first!);
    await tick(first!, 'f-mri');
    expect(first!.values).to.include({ region: 'lumbar', mri: 'yes' });
    expect(others.map((f) => JSON.stringify(f.values))).to.deep.equal(before);
    for (const form of others) {
      expect(form.shadowRoot!.querySelector<HTMLInputElement>('#f-region-1')!.checked).to.equal(
        false,
      );
      expect(text(form.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Step 1 of 3');
    }
  });

  it('a card leads to its own form, and a selectable list fills in only its own', async () => {
    const { cards, lists, forms } = await crowdedPage(
      range(FORMS).map(() => endpointFor('ok').url),
    );
    // card-7: region "cervical", for="form-2".
    cards[7]!.shadowRoot!.querySelector<HTMLElement>('[part="cta-button"]')!.click();
    await waitUntil(
      () => forms[2]!.shadowRoot!.activeElement?.id === 'title',
      'form-2 not focused',
    );
    expect(forms.map((f) => f.values.region)).to.deep.equal(['', '', 'cervical', '', '']);

    // list-3: lumbar and selectable, for="form-3".
    lists[3]!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await forms[3]!.updateComplete;
    expect(forms.map((f) => f.values.region)).to.deep.equal(['', '', 'cervical', 'lumbar', '']);
    expect(forms.map((f) => f.values.symptoms)).to.deep.equal([
      [],
      [],
      [],
      [symptoms.lumbar[1]],
      [],
    ]);
    expect(lists.map((l) => l.selected.length)).to.deep.equal([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('two forms sent at once each post their own answers to their own endpoint, once', async () => {
    const endpoints = range(FORMS).map(() => endpointFor('ok'));
    const steps: string[] = [];
    const onStep = (e: Event) =>
      steps.push(`${(e.target as Element).id}:${(e as CustomEvent<{ step: number }>).detail.step}`);
    document.addEventListener('pinched-nerve-step', onStep);
    const { forms } = await crowdedPage(endpoints.map((e) => e.url));
    // No form announces a step before the patient answers it.
    await aTimeout(0);
    expect(steps).to.deep.equal([]);
    try {
      for (const i of [1, 4]) {
        await fillAll(forms[i]!);
        await type(forms[i]!, 'f-name', `Patient ${i}`);
      }
      const sent = [1, 4].map((i) => nextEvent(forms[i]!, 'pinched-nerve-success'));
      await Promise.all([pressSubmit(forms[1]!), pressSubmit(forms[4]!)]);
      await Promise.all(sent);
      // The step event leaves the render task (a timer), and WebKit may hold timers back while
      // the network answers: wait for the four announcements rather than assume their order.
      await waitUntil(() => steps.length >= 6, `steps announced: ${steps.join(', ')}`);
      await aTimeout(0);
    } finally {
      document.removeEventListener('pinched-nerve-step', onStep);
    }
    const received = await Promise.all(endpoints.map((e) => e.received()));
    expect(received.map((r) => r.requests.length)).to.deep.equal([0, 1, 0, 0, 1]);
    for (const i of [1, 4]) {
      const payload = JSON.parse(received[i]!.requests[0]!.body);
      expect(payload).to.include({ name: `Patient ${i}`, form: i });
      expect(payload.consent_text).to.contain(`Clinic ${i}`);
    }
    // Steps 1, 2 and 3 of the two forms filled in, once each; none of the others.
    expect(steps.sort()).to.deep.equal([
      'form-1:1',
      'form-1:2',
      'form-1:3',
      'form-4:1',
      'form-4:2',
      'form-4:3',
    ]);
  });
});

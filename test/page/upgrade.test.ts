/**
 * The upgrade pattern: a page (or a framework) creates the elements and sets their properties
 * before the script that defines them has loaded. Once defined, the elements must use those
 * values, not their defaults.
 *
 * Nothing here imports a define module statically: the tags stay undefined until a test imports
 * one. The tests run in order, each defining one more element, on the elements made in before().
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { symptoms } from '../../src/content/en.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { text } from '../helpers/text.js';

const TAGS = ['pinched-nerve-card', 'pinched-nerve-symptoms', 'pinched-nerve-check'];

/** Sets properties on an element that may not be defined yet (so its type is HTMLElement). */
const withProps = <T extends HTMLElement>(tag: string, props: Partial<T>): T =>
  Object.assign(document.createElement(tag) as T, props);

describe('properties set before the elements are defined (the upgrade pattern)', () => {
  const endpoint = endpointFor('ok');
  const page = document.createElement('div');
  let card: PinchedNerveCard;
  let offPageCard: PinchedNerveCard;
  let list: PinchedNerveSymptoms;
  let ownList: PinchedNerveSymptoms;
  let check: PinchedNerveCheck;
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: ReturnType<typeof captureWarnings>;

  before(() => {
    warnings = captureWarnings('warn');
    errors = captureWarnings('error');
    for (const tag of TAGS)
      expect(customElements.get(tag), `${tag} defined too early`).to.equal(undefined);
    card = withProps<PinchedNerveCard>('pinched-nerve-card', {
      region: 'lumbar',
      phone: '(555) 010-4477',
      heading: 'Set before the script',
      headingLevel: 3,
      ctaLabel: 'Check now',
      layout: 'stacked',
      attribution: '',
      for: 'later-form',
    });
    offPageCard = withProps<PinchedNerveCard>('pinched-nerve-card', {
      region: 'cervical',
      phone: '555-010-9999',
    });
    list = withProps<PinchedNerveSymptoms>('pinched-nerve-symptoms', {
      region: 'lumbar',
      selectable: true,
      label: 'Tick yours',
      for: 'later-form',
      selected: [symptoms.lumbar[1]],
    });
    ownList = withProps<PinchedNerveSymptoms>('pinched-nerve-symptoms', {
      symptoms: '["From the property","Wins over children"]',
    });
    ownList.append(Object.assign(document.createElement('li'), { textContent: 'From a child' }));
    check = withProps<PinchedNerveCheck>('pinched-nerve-check', {
      id: 'later-form',
      endpoint: endpoint.url,
      clinicName: 'Upgrade Clinic',
      phone: '555-010-7777',
      heading: 'Before the script too',
      layout: 'single',
      region: 'cervical',
      hiddenFields: '{"clinic_id":"upgrade-01"}',
    });
    page.append(card, list, ownList, check);
    document.body.append(page);
  });

  after(() => {
    page.remove();
    warnings.restore();
    errors.restore();
  });

  it('the card uses them once its module loads, on the page or appended later', async () => {
    await import('../../dist/card.js');
    await card.updateComplete;
    const root = card.shadowRoot!;
    expect(root.querySelector('h3[part="heading"]'), 'heading level 3').to.not.equal(null);
    expect(text(root.querySelector('[part="heading"]'))).to.equal('Set before the script');
    expect(root.querySelectorAll('[part="region"]')).to.have.length(1);
    expect(root.querySelector('[part="region"].lumbar')).to.not.equal(null);
    expect(card.getAttribute('region'), 'region reflected').to.equal('lumbar');
    expect(root.querySelector('.card.layout-stacked')).to.not.equal(null);
    expect(text(root.querySelector('[part="cta-button"]'))).to.equal('Check now');
    expect(text(root.querySelector('[part="phone"] a'))).to.equal('(555) 010-4477');
    expect(root.querySelector('[part="attribution"]')).to.equal(null);
    // The form it names is not defined yet: for now the button calls the clinic.
    expect(root.querySelector('[part="cta-button"]')!.getAttribute('href')).to.equal(
      'tel:5550104477',
    );

    // Made before the definition but never on the page: it upgrades when it is appended.
    page.append(offPageCard);
    await offPageCard.updateComplete;
    expect(offPageCard.shadowRoot!.querySelector('[part="region"].cervical')).to.not.equal(null);
    expect(text(offPageCard.shadowRoot!.querySelector('[part="phone"] a'))).to.equal(
      '555-010-9999',
    );
  });

  it('the form uses them once its module loads, and the card then leads to it', async () => {
    await import('../../dist/check.js');
    await check.updateComplete;
    const root = check.shadowRoot!;
    expect(text(root.querySelector('#title'))).to.equal('Before the script too');
    expect(check.getAttribute('layout'), 'layout reflected').to.equal('single');
    expect(root.querySelectorAll('.step'), 'every step at once').to.have.length(3);
    expect(check.values.region).to.equal('cervical');
    expect(root.querySelector<HTMLInputElement>('#f-region')!.checked).to.equal(true);
    expect(text(root.querySelector('[part="phone"] a'))).to.equal('555-010-7777');
    expect(text(root.querySelector('label[for="f-consent"]'))).to.contain('Upgrade Clinic');

    await waitUntil(
      () =>
        card.shadowRoot!.querySelector('[part="cta-button"]')!.getAttribute('href') ===
        '#later-form',
      'the card never noticed the form was defined',
    );
    card.shadowRoot!.querySelector<HTMLElement>('[part="cta-button"]')!.click();
    await waitUntil(() => root.activeElement?.id === 'title', 'the form was not focused');
  });

  it('the lists use them once their module loads, and tick into the form', async () => {
    await import('../../dist/symptoms.js');
    await Promise.all([list.updateComplete, ownList.updateComplete]);
    expect(list.getAttribute('selectable'), 'selectable reflected').to.equal('');
    expect(text(list.shadowRoot!.querySelector('legend'))).to.equal('Tick yours');
    const boxes = [...list.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.map((b) => b.value)).to.deep.equal([...symptoms.lumbar]);
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, true, false, false]);
    expect([...ownList.shadowRoot!.querySelectorAll('li')].map(text)).to.deep.equal([
      'From the property',
      'Wins over children',
    ]);

    boxes[0]!.click();
    await check.updateComplete;
    expect(list.selected).to.deep.equal([symptoms.lumbar[0], symptoms.lumbar[1]]);
    expect(check.values.region, 'cervical, then lumbar ticks: both').to.equal('both');
    expect(check.values.symptoms).to.deep.equal([symptoms.lumbar[0], symptoms.lumbar[1]]);
  });

  it('the form sends to the endpoint and with the hidden fields set before it was defined', async () => {
    const root = check.shadowRoot!;
    const type = (id: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('f-name', 'Ada Lovelace');
    type('f-email', 'ada@example.com');
    root.querySelector<HTMLInputElement>('#f-consent')!.click();
    await check.updateComplete;
    const sent = new Promise((resolve) =>
      check.addEventListener('pinched-nerve-success', resolve, { once: true }),
    );
    root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await sent;
    const { requests } = await endpoint.received();
    expect(requests).to.have.length(1);
    expect(JSON.parse(requests[0]!.body)).to.include({
      clinic_id: 'upgrade-01',
      region: 'both',
      name: 'Ada Lovelace',
    });
  });

  it('loading every element afterwards changes nothing and throws nothing', async () => {
    const defined = TAGS.map((tag) => customElements.get(tag));
    await import('../../dist/pinched-nerve-widgets.js');
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(defined);
    expect(warnings.messages).to.deep.equal([]);
    expect(errors.messages).to.deep.equal([]);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { symptoms } from '../../src/content/en.js';
import { endpointFor } from '../helpers/endpoint.js';
import { $, pressSubmit, text, tick, type } from '../helpers/form.js';
import { drawn, drawnLang } from '../helpers/drawn.js';
import { fetchSpanish } from '../helpers/spanish.js';

/** Mounts a page of linked widgets; resolves once its symptom lists are drawn. */
async function mountLinked(template: TemplateResult) {
  // drawn() waits for every widget, the lists among them.
  const page = await drawn(await fixture<HTMLDivElement>(template));
  const [first, ...rest] = page.querySelectorAll('pinched-nerve-symptoms');
  if (!first) throw new Error('the page has no <pinched-nerve-symptoms>');
  const lists: [PinchedNerveSymptoms, ...PinchedNerveSymptoms[]] = [first, ...rest];
  return { lists, check: page.querySelector<PinchedNerveCheck>('pinched-nerve-check')! };
}

/** A symptom list's checkboxes. */
const boxes = (list: Element) => list.shadowRoot!.querySelectorAll<HTMLInputElement>('input');

describe('linking the card and lists to the form', () => {
  it('the card’s button scrolls to and focuses the form, preselecting the card’s region', async () => {
    const page = await drawn(
      await fixture<HTMLDivElement>(
        html`<div>
          <pinched-nerve-card region="lumbar"></pinched-nerve-card>
          <div style="height: 2000px"></div>
          <pinched-nerve-check id="check"></pinched-nerve-check>
        </div>`,
      ),
    );
    const card = page.querySelector('pinched-nerve-card')!;
    const check = page.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await card.updateComplete;
    const ctaEvents: unknown[] = [];
    card.addEventListener('pinched-nerve-cta', (e) => ctaEvents.push((e as CustomEvent).detail));
    card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!.click();
    await check.updateComplete;
    expect(check.shadowRoot!.activeElement?.id).to.equal('title');
    expect(check.values.region).to.equal('lumbar');
    expect(ctaEvents).to.deep.equal([{ href: null }]);
    await waitUntil(
      () => check.getBoundingClientRect().top < window.innerHeight,
      'form not scrolled into view',
    );
  });

  it('on a page without a form, the button calls the clinic; with no phone either, there is none', async () => {
    const card = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card phone="555-010-4477"></pinched-nerve-card>`,
    );
    const button = card.shadowRoot!.querySelector('[part="cta-button"]');
    expect(button?.getAttribute('href')).to.equal('tel:5550104477');
    card.phone = '';
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="cta-button"]')).to.equal(null);
  });

  it('finds a form added after the card rendered, when the button is pressed', async () => {
    const page = await drawn(
      await fixture<HTMLDivElement>(html`<div><pinched-nerve-card></pinched-nerve-card></div>`),
    );
    const card = page.querySelector('pinched-nerve-card')!;
    await card.updateComplete;
    const check = document.createElement('pinched-nerve-check');
    page.append(check);
    await check.updateComplete;
    card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!.click();
    await check.updateComplete;
    expect(check.shadowRoot!.activeElement?.id).to.equal('title');
  });

  it('does not change a region the patient already chose', async () => {
    const page = await drawn(
      await fixture<HTMLDivElement>(
        html`<div>
          <pinched-nerve-card region="lumbar"></pinched-nerve-card>
          <pinched-nerve-check></pinched-nerve-check>
        </div>`,
      ),
    );
    const check = page.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await check.updateComplete;
    check.shadowRoot!.querySelector<HTMLInputElement>('#f-region')!.click();
    page
      .querySelector('pinched-nerve-card')!
      .shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!
      .click();
    expect(check.values.region).to.equal('cervical');
  });

  it('a selectable list with for="…" sets the form’s region and symptoms', async () => {
    const {
      lists: [list],
      check,
    } = await mountLinked(
      html`<div>
        <pinched-nerve-symptoms region="cervical" selectable for="linked"></pinched-nerve-symptoms>
        <pinched-nerve-check id="linked"></pinched-nerve-check>
      </div>`,
    );
    boxes(list)[1]!.click();
    await check.updateComplete;
    expect(check.values.region).to.equal('cervical');
    expect(check.values.symptoms).to.deep.equal([symptoms.cervical[1]]);
    expect(check.shadowRoot!.querySelector<HTMLInputElement>('#f-symptoms-1')!.checked).to.equal(
      true,
    );
  });

  it('a tick on the list keeps what the patient changed on the form since', async () => {
    const {
      lists: [list, other],
      check,
    } = await mountLinked(
      html`<div>
        <pinched-nerve-symptoms region="cervical" selectable for="since"></pinched-nerve-symptoms>
        <pinched-nerve-symptoms region="cervical" selectable for="since"></pinched-nerve-symptoms>
        <pinched-nerve-check id="since"></pinched-nerve-check>
      </div>`,
    );
    boxes(list)[0]!.click();
    boxes(list)[1]!.click();
    await check.updateComplete;
    expect(check.values.symptoms).to.deep.equal([symptoms.cervical[0], symptoms.cervical[1]]);
    // On the form, the patient unticks the second and ticks the fourth...
    $<HTMLInputElement>(check, '#f-symptoms-1')!.click();
    await check.updateComplete;
    $<HTMLInputElement>(check, '#f-symptoms-3')!.click();
    await check.updateComplete;
    expect(check.values.symptoms).to.deep.equal([symptoms.cervical[0], symptoms.cervical[3]]);
    // ...then ticks the third on the list: only that change reaches the form.
    boxes(list)[2]!.click();
    await check.updateComplete;
    expect(check.values.symptoms).to.deep.equal([
      symptoms.cervical[0],
      symptoms.cervical[2],
      symptoms.cervical[3],
    ]);
    // An untick on the list takes only that symptom away; another list's tick adds its own.
    boxes(list)[0]!.click();
    await check.updateComplete;
    boxes(other!)[4]!.click();
    await check.updateComplete;
    expect(check.values.symptoms).to.deep.equal([
      symptoms.cervical[2],
      symptoms.cervical[3],
      symptoms.cervical[4],
    ]);
  });

  it('a tick on the list keeps what the patient changed on the form, across a change of language', async () => {
    const {
      lists: [list],
      check,
    } = await mountLinked(
      html`<div lang="en">
        <pinched-nerve-symptoms
          region="cervical"
          selectable
          for="since-es"
        ></pinched-nerve-symptoms>
        <pinched-nerve-check id="since-es"></pinched-nerve-check>
      </div>`,
    );
    boxes(list)[0]!.click();
    boxes(list)[1]!.click();
    await check.updateComplete;
    $<HTMLInputElement>(check, '#f-symptoms-1')!.click();
    await check.updateComplete;
    for (const el of [list, check]) el.setAttribute('lang', 'es');
    await waitUntil(() => drawnLang(list) === 'es' && drawnLang(check) === 'es', 'no Spanish');
    await list.updateComplete;
    boxes(list)[2]!.click();
    await check.updateComplete;
    const spanish = (await fetchSpanish()).symptoms.cervical;
    expect(check.values.symptoms).to.deep.equal([spanish[0], spanish[2]]);
  });

  it('a list of the page’s own items carries its ticks to the form, which shows and sends them', async () => {
    const ep = endpointFor('ok');
    const {
      lists: [list],
      check,
    } = await mountLinked(
      html`<div>
        <pinched-nerve-symptoms region="lumbar" selectable for="own-items">
          <ul>
            <li>Burning in one foot</li>
            <li>Cramp in the calf</li>
          </ul>
        </pinched-nerve-symptoms>
        <pinched-nerve-check
          id="own-items"
          layout="single"
          endpoint=${ep.url}
        ></pinched-nerve-check>
      </div>`,
    );
    boxes(list)[1]!.click();
    await check.updateComplete;
    // The form's lower-back list is now the page's, with the same tick.
    expect(text($(check, 'label[for="f-symptoms"]'))).to.equal('Burning in one foot');
    expect(text($(check, 'label[for="f-symptoms-1"]'))).to.equal('Cramp in the calf');
    expect($<HTMLInputElement>(check, '#f-symptoms-1')!.checked).to.equal(true);
    expect($<HTMLInputElement>(check, '#f-symptoms')!.checked).to.equal(false);
    // Choosing both regions keeps the built-in neck list beside it.
    await tick(check, 'f-region-2');
    expect(text($(check, 'label[for="f-symptoms"]'))).to.equal(symptoms.cervical[0]);
    expect(text($(check, 'label[for="f-symptoms-lumbar"]'))).to.equal('Burning in one foot');
    await tick(check, 'f-region-1');
    await type(check, 'f-name', 'Ada Lovelace');
    await type(check, 'f-phone', '(555) 010-2000');
    await tick(check, 'f-consent');
    await pressSubmit(check);
    await waitUntil(async () => (await ep.received()).requests.length === 1, 'nothing sent');
    const body = JSON.parse((await ep.received()).requests[0]!.body) as Record<string, unknown>;
    expect(body.region).to.equal('lumbar');
    expect(body.symptoms).to.deep.equal(['Cramp in the calf']);
  });

  it('a later tick on a built-in list brings the form’s own list back, and the page’s ticks are not sent', async () => {
    const {
      lists: [own, builtIn],
      check,
    } = await mountLinked(
      html`<div>
        <pinched-nerve-symptoms region="lumbar" selectable for="two-lists">
          <li>Burning in one foot</li>
          <li>Cramp in the calf</li>
        </pinched-nerve-symptoms>
        <pinched-nerve-symptoms region="lumbar" selectable for="two-lists"></pinched-nerve-symptoms>
        <pinched-nerve-check id="two-lists"></pinched-nerve-check>
      </div>`,
    );
    own.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await check.updateComplete;
    expect(text($(check, 'label[for="f-symptoms"]'))).to.equal('Burning in one foot');
    boxes(builtIn!)[2]!.click();
    await check.updateComplete;
    expect(text($(check, 'label[for="f-symptoms"]'))).to.equal(symptoms.lumbar[0]);
    expect($<HTMLInputElement>(check, '#f-symptoms-2')!.checked).to.equal(true);
    // What would be sent: only ticks on the list now shown.
    let sent: unknown;
    check.addEventListener('pinched-nerve-submit', (e) => {
      sent = e.detail.payload.symptoms;
      e.preventDefault();
    });
    check.layout = 'single';
    await check.updateComplete;
    await type(check, 'f-name', 'Ada Lovelace');
    await type(check, 'f-phone', '(555) 010-2000');
    await tick(check, 'f-consent');
    await pressSubmit(check);
    expect(sent).to.deep.equal([symptoms.lumbar[2]]);
  });

  it('keeps the page’s own items, ticked and marked with their language, when the form changes language', async () => {
    const {
      lists: [list],
      check,
    } = await mountLinked(
      html`<div lang="en">
        <pinched-nerve-symptoms region="cervical" selectable for="own-lang">
          <li>Stiff neck in the morning</li>
          <li>Tingling</li>
        </pinched-nerve-symptoms>
        <pinched-nerve-check id="own-lang"></pinched-nerve-check>
      </div>`,
    );
    // "Tingling" is also a built-in wording: as one of the page's items it stays as written.
    for (const input of boxes(list)) input.click();
    await check.updateComplete;
    expect($(check, 'label[for="f-symptoms"] [lang]')).to.equal(null);
    check.setAttribute('lang', 'es');
    await waitUntil(() => $(check, '[part="base"]')?.getAttribute('lang') === 'es', 'no Spanish');
    await check.updateComplete;
    expect(check.values.symptoms).to.have.members(['Stiff neck in the morning', 'Tingling']);
    expect(text($(check, 'label[for="f-symptoms-1"]'))).to.equal('Tingling');
    expect($<HTMLInputElement>(check, '#f-symptoms-1')!.checked).to.equal(true);
    // The form's words are Spanish; the page's items are marked as the page's English.
    expect($(check, 'label[for="f-symptoms"] span')!.getAttribute('lang')).to.equal('en');
    // The list itself keeps them too when it changes language.
    const es = await fetchSpanish();
    list.setAttribute('lang', 'es');
    // Its own items carry no language of their own: its label is the sign.
    await waitUntil(
      () => text(list.shadowRoot!.querySelector('legend')) === es.regions.cervical,
      'the list is not Spanish',
    );
    await list.updateComplete;
    expect(list.selected).to.deep.equal(['Stiff neck in the morning', 'Tingling']);
  });
});

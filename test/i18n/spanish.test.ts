import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { en } from '../helpers/english.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { $, fillAll, nextEvent, pressSubmit, tick } from '../helpers/form.js';
import { text } from '../helpers/text.js';
import { fetchSpanish } from '../helpers/spanish.js';
import { drawn } from '../helpers/drawn.js';

let es: typeof en;

/** Waits until an element shows `words` (the Spanish table arrives by fetch). */
const shows = (el: HTMLElement, words: string) =>
  waitUntil(
    () => text(el.shadowRoot!.querySelector('[part="base"], ul, fieldset')).includes(words),
    `no “${words}”`,
  );

const base = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="base"]')!;

describe('the widgets in Spanish', () => {
  before(async () => {
    es = await fetchSpanish();
  });
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('shows the card in Spanish from its own lang, with lang="es" on what it renders', async () => {
    const el = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card lang="es"></pinched-nerve-card>`,
    );
    await shows(el, es.card.heading);
    const root = el.shadowRoot!;
    expect(base(el).getAttribute('lang')).to.equal('es');
    expect(text(root.querySelector('h2'))).to.equal(es.card.heading);
    expect([...root.querySelectorAll('.region.cervical li')].map(text)).to.deep.equal(
      es.symptoms.cervical,
    );
    expect(text(root.querySelector('[part="cta-button"]'))).to.equal(es.card.ctaLabel);
    expect(text(root.querySelector('[part="phone"]'))).to.equal(
      `${es.card.callPrefix} 1-866-850-6139`,
    );
    await expect(el).to.be.accessible();
  });

  it('follows <html lang="es"> (a regional tag too) for every element, and a lang of its own wins', async () => {
    document.documentElement.setAttribute('lang', 'es-MX');
    const wrap = await drawn(
      await fixture<HTMLElement>(
        html`<div>
          <pinched-nerve-card></pinched-nerve-card>
          <pinched-nerve-symptoms region="lumbar"></pinched-nerve-symptoms>
          <pinched-nerve-symptoms region="lumbar" lang="en"></pinched-nerve-symptoms>
          <pinched-nerve-check></pinched-nerve-check>
        </div>`,
      ),
    );
    const card = wrap.querySelector<PinchedNerveCard>('pinched-nerve-card')!;
    const check = wrap.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    const [spanish, english] =
      wrap.querySelectorAll<PinchedNerveSymptoms>('pinched-nerve-symptoms');
    await shows(card, es.card.heading);
    await shows(check, es.check.heading);
    await shows(spanish!, es.symptoms.lumbar[0]);
    expect(base(card).getAttribute('lang')).to.equal('es');
    expect(base(check).getAttribute('lang')).to.equal('es');
    expect(text($(check, '[part="submit-button"]'))).to.equal(es.check.continue);
    const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map(text);
    expect(items(spanish!)).to.deep.equal(es.symptoms.lumbar);
    expect(spanish!.shadowRoot!.querySelector('ul')!.getAttribute('lang')).to.equal('es');
    expect(items(english!)).to.deep.equal(en.symptoms.lumbar);
    expect(english!.shadowRoot!.querySelector('ul')!.getAttribute('lang')).to.equal('en');
    await expect(wrap).to.be.accessible();
  });

  it('labels a selectable list in Spanish, but leaves the author’s own items in the page’s language', async () => {
    const wrap = await drawn(
      await fixture<HTMLElement>(
        html`<div lang="es">
          <pinched-nerve-symptoms region="cervical" selectable></pinched-nerve-symptoms>
          <pinched-nerve-symptoms region="cervical"
            ><li>Dolor de cuello</li></pinched-nerve-symptoms
          >
        </div>`,
      ),
    );
    const [selectable, own] = wrap.querySelectorAll<PinchedNerveSymptoms>('pinched-nerve-symptoms');
    await shows(selectable!, es.regions.cervical);
    const fieldset = selectable!.shadowRoot!.querySelector('fieldset')!;
    expect(text(fieldset.querySelector('legend'))).to.equal(es.regions.cervical);
    expect(fieldset.getAttribute('lang')).to.equal('es');
    expect(own!.shadowRoot!.querySelector('ul')!.hasAttribute('lang')).to.equal(false);
    await expect(selectable).to.be.accessible();
  });

  it('checks the form in Spanish: messages, the error summary and its links', async () => {
    const el = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check lang="es" endpoint="/nowhere"></pinched-nerve-check>`,
    );
    await shows(el, es.check.heading);
    expect(text($(el, '[part="progress"]'))).to.equal('Paso 1 de 3');
    expect(text($(el, '#step-title'))).to.equal(`Paso 1 de 3 ${es.check.steps.region}`);
    expect(text($(el, 'label[for="f-region"]'))).to.equal(es.check.region.choices.cervical);
    await pressSubmit(el);
    const summary = $(el, '.error-summary')!;
    expect(text(summary.querySelector('h3'))).to.equal(es.check.errorSummary);
    expect(text(summary.querySelector('a'))).to.equal(es.check.errors.region);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text($(el, '#region-error'))).to.equal(`Error: ${es.check.errors.region}`);
    await expect(el).to.be.accessible();

    await tick(el, 'f-region-1');
    await pressSubmit(el);
    await pressSubmit(el);
    await pressSubmit(el);
    expect(text($(el, '[part="progress"]'))).to.equal('Paso 3 de 3');
    expect([...$(el, '.error-summary')!.querySelectorAll('a')].map(text)).to.deep.equal([
      es.check.errors.name,
      es.check.errors.contact,
      es.check.errors.consent,
    ]);
    expect(text($(el, 'label[for="f-consent"]'))).to.equal(
      es.check.consent.text.replace('{clinic}', es.check.consent.defaultClinic),
    );
    await expect(el).to.be.accessible();
  });

  it('fits the longer Spanish words in a 320px-wide container', async () => {
    const wrapper = await drawn(
      await fixture<HTMLDivElement>(
        html`<div style="width: 320px" lang="es">
          <pinched-nerve-card></pinched-nerve-card>
          <pinched-nerve-check layout="single"></pinched-nerve-check>
        </div>`,
      ),
    );
    const card = wrapper.querySelector<PinchedNerveCard>('pinched-nerve-card')!;
    const check = wrapper.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await shows(card, es.card.heading);
    await shows(check, es.check.heading);
    for (const el of [card, check]) {
      const box = base(el);
      expect(box.scrollWidth, el.localName).to.be.at.most(box.clientWidth);
      expect(el.getBoundingClientRect().width, el.localName).to.be.at.most(320);
    }
  });

  it('switches language at run time, keeping every answer, errors and ticks included', async () => {
    const el = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check endpoint="/nowhere"></pinched-nerve-check>`,
    );
    await tick(el, 'f-region-1');
    await tick(el, 'f-symptoms-1');
    expect(el.values.symptoms).to.deep.equal([en.symptoms.lumbar[1]]);
    await pressSubmit(el);
    await pressSubmit(el);
    await pressSubmit(el);
    expect(text($(el, '#name-error'))).to.contain(en.check.errors.name);

    el.setAttribute('lang', 'es');
    await shows(el, es.check.errors.name);
    expect(el.values.symptoms).to.deep.equal([es.symptoms.lumbar[1]]);
    expect(text($(el, '[part="progress"]'))).to.equal('Paso 3 de 3');

    el.removeAttribute('lang');
    await shows(el, en.check.errors.name);
    expect(base(el).getAttribute('lang')).to.equal('en');
    expect(el.values.symptoms).to.deep.equal([en.symptoms.lumbar[1]]);
  });

  it('redraws every widget when the page changes <html lang>', async () => {
    const card = await fixture<PinchedNerveCard>(html`<pinched-nerve-card></pinched-nerve-card>`);
    expect(text(card.shadowRoot!.querySelector('h2'))).to.equal(en.card.heading);
    document.documentElement.setAttribute('lang', 'es');
    await shows(card, es.card.heading);
    document.documentElement.setAttribute('lang', 'en-US');
    await shows(card, en.card.heading);
  });

  it('sends the Spanish words the patient read, and says the language, to a real server', async () => {
    const ep = endpointFor('ok');
    const el = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check
        lang="es"
        endpoint=${ep.url}
        clinic-name="Clínica Lago"
      ></pinched-nerve-check>`,
    );
    await shows(el, es.check.heading);
    await fillAll(el);
    const sent = nextEvent(el, 'pinched-nerve-success');
    await pressSubmit(el);
    await sent;
    await el.updateComplete;
    const [request] = (await ep.received()).requests;
    const body = JSON.parse(request!.body);
    expect(body).to.deep.include({
      lang: 'es',
      region: 'lumbar',
      symptoms: [es.symptoms.lumbar[0]],
      duration: '3-to-12-months',
      consent_text: es.check.consent.text.replace('{clinic}', 'Clínica Lago'),
    });
    // The server's own thank-you is shown as it came; the heading is the form's.
    expect(text($(el, '#status-title'))).to.equal(es.check.success.heading);
    expect(text($(el, '#status'))).to.contain('Si empeora, llame al 911.');
  });
});

describe('Spanish beside other languages', () => {
  let es: typeof en;
  before(async () => {
    es = await fetchSpanish();
  });

  it('keeps a selectable list’s ticks through a change of language', async () => {
    const list = await fixture<PinchedNerveSymptoms>(
      html`<pinched-nerve-symptoms region="cervical" selectable></pinched-nerve-symptoms>`,
    );
    list.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[2]!.click();
    await list.updateComplete;
    expect(list.selected).to.deep.equal([en.symptoms.cervical[2]]);
    list.setAttribute('lang', 'es');
    await shows(list, es.regions.cervical);
    expect(list.selected).to.deep.equal([es.symptoms.cervical[2]]);
    const boxes = [...list.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.map((b) => b.checked)).to.deep.equal(boxes.map((_, i) => i === 2));
  });

  it('an English list fills in a Spanish form with the same symptoms, in Spanish', async () => {
    const wrap = await drawn(
      await fixture<HTMLElement>(
        html`<div>
          <pinched-nerve-symptoms
            region="lumbar"
            selectable
            for="es-form"
            lang="en"
          ></pinched-nerve-symptoms>
          <pinched-nerve-check id="es-form" lang="es"></pinched-nerve-check>
        </div>`,
      ),
    );
    const list = wrap.querySelector<PinchedNerveSymptoms>('pinched-nerve-symptoms')!;
    const check = wrap.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await shows(check, es.check.heading);
    list.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await check.updateComplete;
    expect(check.values.region).to.equal('lumbar');
    expect(check.values.symptoms).to.deep.equal([es.symptoms.lumbar[1]]);
    expect($<HTMLInputElement>(check, '#f-symptoms-1')!.checked).to.equal(true);
  });

  it('lays a regional translation on the Spanish words, not on English', async () => {
    const { registerTranslation } = await import('../../dist/pinched-nerve-widgets.js');
    registerTranslation('es-US', { check: { submit: 'Mándenos sus respuestas' } });
    const check = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check lang="es-US" layout="single"></pinched-nerve-check>`,
    );
    await shows(check, es.check.heading);
    expect(text($(check, '[part="submit-button"]'))).to.equal('Mándenos sus respuestas');
    expect(text($(check, '[part="warning-heading"]'))).to.equal(es.check.warnings.heading);
    expect(base(check).getAttribute('lang')).to.equal('es-us');
  });

  it('shows words that arrived while it was off the page as soon as it is back', async () => {
    const { registerTranslation } = await import('../../dist/pinched-nerve-widgets.js');
    const warnings = captureWarnings();
    try {
      const check = await fixture<PinchedNerveCheck>(
        html`<pinched-nerve-check lang="x-later"></pinched-nerve-check>`,
      );
      const parent = check.parentElement!;
      check.remove();
      registerTranslation('x-later', { check: { heading: 'Words that came later' } });
      await aTimeout(0); // the redraws the new words ask for have their turn while it is away
      parent.append(check);
      await waitUntil(() => text($(check, 'h2')) === 'Words that came later');
    } finally {
      warnings.restore();
    }
  });
});

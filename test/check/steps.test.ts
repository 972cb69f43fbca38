import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../dist/check.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { check as words } from '../../src/content/check-en.js';
import { emergency } from '../../src/content/emergency-en.js';
import { symptoms } from '../../src/content/en.js';
import { $, fillAll, pressSubmit, text, tick, type } from '../helpers/form.js';
import { drawn } from '../helpers/drawn.js';

const mount = () => fixture<PinchedNerveCheck>(html`<pinched-nerve-check></pinched-nerve-check>`);

describe('<pinched-nerve-check> steps and validation', () => {
  it('starts on step 1 of 3 with the phone alternative, the notice and the warning signs', async () => {
    const el = await mount();
    expect(text($(el, '[part="progress"]'))).to.equal('Step 1 of 3');
    expect(text($(el, 'h2'))).to.equal(words.heading);
    const call = $<HTMLAnchorElement>(el, '[part="phone"] a')!;
    expect(call.getAttribute('href')).to.equal('tel:18668506139');
    expect(text($(el, '.check'))).to.contain(words.notDiagnosis);
    const warning = $(el, '[part="warning"]')!;
    expect(text(warning)).to.contain('911');
    expect([...warning.querySelectorAll('li')].map(text)).to.deep.equal([...emergency.signs]);
    // Heart attack and stroke signs among them, each saying to call 911.
    for (const sign of ['Chest pain or pressure', 'trouble speaking'])
      expect(emergency.signs.find((item) => item.includes(sign))).to.contain('(call 911)');
    // The warning signs come before the button.
    const button = $(el, '[part="submit-button"]')!;
    expect(warning.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
  });

  it('shows the symptom lists of the region picked', async () => {
    const el = await mount();
    expect($(el, '#f-symptoms')).to.equal(null);
    await tick(el, 'f-region');
    const labels = () =>
      [...el.shadowRoot!.querySelectorAll('input[name="symptoms"]')].map(
        (i) => (i as HTMLInputElement).value,
      );
    expect(labels()).to.deep.equal([...symptoms.cervical]);
    await tick(el, 'f-region-2');
    expect(labels()).to.deep.equal([...symptoms.cervical, ...symptoms.lumbar]);
  });

  it('stops at step 1 without a region: error summary focused, message by the field, link focuses it', async () => {
    const el = await mount();
    await pressSubmit(el);
    await el.updateComplete;
    const summary = $(el, '.error-summary')!;
    expect(summary).to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text(summary)).to.contain('There is a problem');
    expect(text(summary.querySelector('a'))).to.equal(words.errors.region);
    expect(summary.querySelector('[role="alert"]')).to.not.equal(null);
    const fieldset = $(el, 'fieldset.has-error')!;
    expect(fieldset.getAttribute('aria-describedby')).to.contain('region-error');
    expect(text($(el, '#region-error'))).to.equal(`Error: ${words.errors.region}`);
    expect(text($(el, '[part="progress"]'))).to.equal('Step 1 of 3');
    summary.querySelector('a')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-region');
  });

  it('moves through the steps, focusing each step’s title, and keeps answers when going back', async () => {
    const el = await mount();
    const steps: unknown[] = [];
    el.addEventListener('pinched-nerve-step', (e) => steps.push(e.detail));
    await tick(el, 'f-region-1');
    await tick(el, 'f-symptoms');
    await pressSubmit(el);
    expect(text($(el, '[part="progress"]'))).to.equal('Step 2 of 3');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-title');
    await tick(el, 'f-duration-3');
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="progress"]'))).to.equal('Step 1 of 3');
    expect($<HTMLInputElement>(el, '#f-region-1')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#f-symptoms')!.checked).to.equal(true);
    await pressSubmit(el);
    expect($<HTMLInputElement>(el, '#f-duration-3')!.checked).to.equal(true);
    await aTimeout(0); // step events leave the render task
    expect(steps).to.deep.equal([
      { step: 1, of: 3 },
      { step: 2, of: 3 },
      { step: 1, of: 3 },
      { step: 2, of: 3 },
    ]);
  });

  it('checks the contact step: name, phone or email, formats, and consent', async () => {
    const el = await mount();
    await tick(el, 'f-region');
    await pressSubmit(el);
    await pressSubmit(el);
    await pressSubmit(el);
    const errorText = (f: string) => text($(el, `#${f}-error`)).replace(/^Error: /, '');
    expect(errorText('name')).to.equal(words.errors.name);
    expect(errorText('phone')).to.equal(words.errors.contact);
    expect(errorText('consent')).to.equal(words.errors.consent);
    expect($(el, '#f-name')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-name')!.getAttribute('aria-describedby')).to.equal('name-error');
    await type(el, 'f-phone', '12');
    await type(el, 'f-email', 'ada@');
    await pressSubmit(el);
    expect(errorText('phone')).to.equal(words.errors.phoneFormat);
    expect(errorText('email')).to.equal(words.errors.emailFormat);
    expect([...el.shadowRoot!.querySelectorAll('.error-summary a')].map(text)).to.deep.equal([
      words.errors.name,
      words.errors.phoneFormat,
      words.errors.emailFormat,
      words.errors.consent,
    ]);
    // Every answer survives the failed submit.
    expect($<HTMLInputElement>(el, '#f-phone')!.value).to.equal('12');
    expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('ada@');
  });

  it('asks for a phone number when the patient wants a call or a text', async () => {
    const el = await mount();
    await tick(el, 'f-region');
    await pressSubmit(el);
    await pressSubmit(el);
    await type(el, 'f-name', 'Ada');
    await type(el, 'f-email', 'ada@example.com');
    await tick(el, 'f-contact_method-1');
    await tick(el, 'f-consent');
    await pressSubmit(el);
    expect(text($(el, '#phone-error'))).to.contain(words.errors.phoneNeeded);
  });

  it('gives contact fields autocomplete tokens, types and labels', async () => {
    const el = await mount();
    await tick(el, 'f-region');
    await pressSubmit(el);
    await pressSubmit(el);
    const field = (id: string) => $<HTMLInputElement>(el, `#${id}`)!;
    expect(field('f-name').autocomplete).to.equal('name');
    expect(field('f-phone').autocomplete).to.equal('tel');
    expect(field('f-phone').type).to.equal('tel');
    expect(field('f-email').autocomplete).to.equal('email');
    expect(field('f-email').type).to.equal('email');
    expect(field('f-consent').checked).to.equal(false);
    expect(text($(el, 'label[for="f-consent"]'))).to.equal(
      words.consent.text.replace('{clinic}', 'this clinic'),
    );
  });

  it('with layout="single" shows every question at once, with one send button', async () => {
    const el = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check layout="single"></pinched-nerve-check>`,
    );
    expect($(el, '[part="progress"]')).to.equal(null);
    expect($(el, '#f-region')).to.not.equal(null);
    expect($(el, '#f-duration')).to.not.equal(null);
    expect($(el, '#f-name')).to.not.equal(null);
    expect(text($(el, '[part="submit-button"]'))).to.equal(words.submit);
    await fillAll(el);
    expect(el.values.name).to.equal('Ada Lovelace');
  });

  it('names the clinic in the consent wording, links the privacy notice, and takes custom words', async () => {
    const el = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check
        layout="single"
        clinic-name="Lakeside Spine"
        privacy-url="/privacy"
      ></pinched-nerve-check>`,
    );
    expect(text($(el, 'label[for="f-consent"]'))).to.contain(
      'Lakeside Spine may reach me about this request',
    );
    // What a clinic needs for automated calls and texts, in their own optional box: rates, a
    // way out, taking it back, no condition.
    for (const words of [
      'automated calls and texts from Lakeside Spine',
      'Message and data rates may apply.',
      'Reply STOP to end texts.',
      'You can take back this permission at any time.',
      'I do not have to agree to get care or buy anything.',
    ])
      expect(text($(el, 'label[for="f-consent_automated"]'))).to.contain(words);
    expect($(el, '.privacy a')!.getAttribute('href')).to.equal('/privacy');
    el.consentText = 'You may contact me.';
    await el.updateComplete;
    expect(text($(el, 'label[for="f-consent"]'))).to.equal('You may contact me.');
  });

  it('announces no step when the page loads, and step 1 (of 1 in single layout) at the first answer', async () => {
    for (const [layout, of, first] of [
      ['steps', 3, 'f-region-1'],
      ['single', 1, 'f-name'],
    ] as const) {
      const el = document.createElement('pinched-nerve-check');
      el.setAttribute('layout', layout);
      const seen: unknown[] = [];
      el.addEventListener('pinched-nerve-step', (e) => seen.push(e.detail));
      await fixture<PinchedNerveCheck>(html`${el}`);
      await aTimeout(0); // after any task the drawing queued
      // A page view is not a started check.
      expect(seen).to.deep.equal([]);
      if (first === 'f-name') await type(el, first, 'A');
      else await tick(el, first);
      // Announced in a task of its own, not during the render.
      expect(seen).to.deep.equal([]);
      await aTimeout(0);
      expect(seen).to.deep.equal([{ step: 1, of }]);
      await tick(el, 'f-region');
      await aTimeout(0);
      expect(seen).to.have.length(1);
    }
  });

  it('announces step 1 on Continue when the patient presses it before answering', async () => {
    const el = await mount();
    const seen: unknown[] = [];
    el.addEventListener('pinched-nerve-step', (e) => seen.push(e.detail));
    await aTimeout(0);
    expect(seen).to.deep.equal([]);
    await pressSubmit(el);
    await aTimeout(0);
    expect(seen).to.deep.equal([{ step: 1, of: 3 }]);
  });

  it('leaves the other treatments as they are when "Nothing yet" is ticked, and the other way round', async () => {
    const el = await mount();
    await tick(el, 'f-region');
    await pressSubmit(el);
    await tick(el, 'f-treatments');
    await tick(el, 'f-treatments-2');
    await tick(el, 'f-treatments-5');
    expect(el.values.treatments).to.deep.equal(['anti-inflammatory', 'physical-therapy', 'none']);
    expect($<HTMLInputElement>(el, '#f-treatments')!.checked).to.equal(true);
    await tick(el, 'f-treatments-4');
    await tick(el, 'f-treatments-2');
    expect(el.values.treatments).to.deep.equal(['anti-inflammatory', 'none', 'injections']);
    expect($<HTMLInputElement>(el, '#f-treatments-5')!.checked).to.equal(true);
  });

  it('reads "Step 2 of 3" as part of the step heading that receives focus', async () => {
    const el = await mount();
    await tick(el, 'f-region');
    await pressSubmit(el);
    const title = $(el, '#step-title')!;
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect(text(title)).to.equal(`Step 2 of 3 ${words.steps.history}`);
  });

  it('links the "phone or email" hint to both contact fields', async () => {
    const el = await mount();
    await tick(el, 'f-region');
    await pressSubmit(el);
    await pressSubmit(el);
    expect($(el, '#f-phone')!.getAttribute('aria-describedby')).to.contain('contact-hint');
    expect($(el, '#f-email')!.getAttribute('aria-describedby')).to.contain('contact-hint');
    expect(text($(el, '#contact-hint'))).to.equal(words.contactHint);
  });

  it('preselects the region from its attribute', async () => {
    const el = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check region="lumbar"></pinched-nerve-check>`,
    );
    expect($<HTMLInputElement>(el, '#f-region-1')!.checked).to.equal(true);
  });
});

describe('<pinched-nerve-check> configuration', () => {
  it('warns once, on load, about each bad attribute and falls back to its default', async () => {
    const { captureWarnings } = await import('../helpers/console.js');
    const warnings = captureWarnings();
    try {
      const el = await fixture<PinchedNerveCheck>(
        html`<pinched-nerve-check
          method="GET"
          encoding="xml"
          timeout="soon"
          layout="wizard"
          heading-level="0"
          region="knee"
        ></pinched-nerve-check>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('no endpoint attribute'))).to.have.length(
        1,
      );
      for (const attr of [
        'method="GET"',
        'encoding="xml"',
        'timeout="soon"',
        'layout="wizard"',
        'heading-level="0"',
        'region="knee"',
      ]) {
        const matching = warnings.messages.filter((m) => m.includes(attr));
        expect(matching, attr).to.have.length(1);
        expect(matching[0]).to.match(/^<pinched-nerve-check>/);
      }
      expect(text($(el, '[part="progress"]'))).to.equal('Step 1 of 3');
      expect($(el, 'h2')).to.not.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('warns once that the consent names no one without clinic-name, and not with it or consent-text', async () => {
    const { captureWarnings } = await import('../helpers/console.js');
    const warnings = captureWarnings();
    const about = () => warnings.messages.filter((m) => m.includes('clinic-name'));
    try {
      const el = await mount();
      el.requestUpdate();
      await el.updateComplete;
      expect(about()).to.have.length(1);
      expect(about()[0]).to.match(/^<pinched-nerve-check>: no clinic-name .*names no one/);
      await fixture(html`<pinched-nerve-check clinic-name="Lakeside Spine"></pinched-nerve-check>`);
      await fixture(
        html`<pinched-nerve-check consent-text="You may call me."></pinched-nerve-check>`,
      );
      expect(about()).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('does not overflow a 320px-wide container', async () => {
    const wrapper = await drawn(
      await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <pinched-nerve-check layout="single"></pinched-nerve-check>
        </div>`,
      ),
    );
    const el = wrapper.firstElementChild as PinchedNerveCheck;
    await el.updateComplete;
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });
});

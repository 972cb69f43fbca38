import { expect, waitUntil } from '@open-wc/testing';
import '../../dist/check.js';
import type { ErrorDetail, SuccessDetail } from '../../src/check/events.js';
import { check as words } from '../../src/content/check-en.js';
import { symptoms } from '../../src/content/en.js';
import { captureWarnings } from '../helpers/console.js';
import { downUrl, endpointFor } from '../helpers/endpoint.js';
import { watchFetches } from '../helpers/fetches.js';
import {
  $,
  expectValuesKept,
  fillAll,
  mountCheck,
  nextEvent,
  pressSubmit,
  shownStep,
  text,
} from '../helpers/form.js';

const settled = (el: { status: string }) =>
  waitUntil(() => el.status !== 'sending', 'still sending');

describe('<pinched-nerve-check> sending to a real server', () => {
  it('posts the whole payload as JSON exactly once and shows the server’s thank-you', async () => {
    const ep = endpointFor('ok');
    const el = await mountCheck(ep.url, {
      'hidden-fields': '{"clinic_id":"lakeside-01","region":"ignored"}',
    });
    await fillAll(el);
    const success = nextEvent<SuccessDetail>(el, 'pinched-nerve-success');
    await pressSubmit(el);
    const { detail } = await success;
    await el.updateComplete;
    const { requests } = await ep.received();
    expect(requests).to.have.length(1);
    expect(requests[0]!.contentType).to.equal('application/json');
    const body = JSON.parse(requests[0]!.body);
    expect(body).to.deep.include({
      clinic_id: 'lakeside-01',
      region: 'lumbar',
      symptoms: [symptoms.lumbar[0]],
      duration: '3-to-12-months',
      treatments: ['anti-inflammatory', 'physical-therapy'],
      mri: 'yes',
      name: 'Ada Lovelace',
      phone: '(555) 010-2000',
      email: 'ada@example.com',
      contact_method: 'text',
      consent: true,
      consent_text: words.consent.text.replace('{clinic}', 'this clinic'),
      page_url: `${location.origin}${location.pathname}`,
    });
    expect(body.page_url).to.not.contain('?');
    expect(new Date(body.submitted_at).toISOString()).to.equal(body.submitted_at);
    expect(body).to.not.have.property('website');
    expect(detail.status).to.equal(200);
    expect(detail.payload).to.deep.equal(body);
    expect(detail.response).to.deep.equal({ message: 'Thanks from the test server' });
    const status = $(el, '#status')!;
    expect(text(status)).to.contain('Thanks from the test server');
    expect(el.shadowRoot!.activeElement).to.equal(status);
  });

  it('sends the urlencoded form encoding with repeated keys when encoding="form"', async () => {
    const ep = endpointFor('ok');
    const el = await mountCheck(ep.url, { encoding: 'form', method: 'put' });
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    const { requests } = await ep.received();
    expect(requests).to.have.length(1);
    expect(requests[0]!.method).to.equal('PUT');
    const body = new URLSearchParams(requests[0]!.body);
    expect(body.getAll('treatments')).to.deep.equal(['anti-inflammatory', 'physical-therapy']);
    expect(body.get('consent')).to.equal('true');
    expect(el.status).to.equal('success');
  });

  it('never posts twice, however often the button is pressed', async () => {
    const ep = endpointFor('ok');
    const el = await mountCheck(ep.url);
    await fillAll(el);
    const fetches = watchFetches(ep.id);
    const button = $<HTMLButtonElement>(el, '[part="submit-button"]')!;
    button.click();
    button.click();
    await el.updateComplete;
    expect(text($(el, '[part="submit-button"]'))).to.equal(words.sending);
    expect($(el, '[part="submit-button"]')!.getAttribute('aria-disabled')).to.equal('true');
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await settled(el);
    fetches.restore();
    // Every press came before the answer: a second request would have been asked of fetch().
    expect(fetches.urls).to.have.length(1);
    expect((await ep.received()).requests).to.have.length(1);
  });

  it('keeps every value and offers Retry and the phone number after a 500, then succeeds on retry', async () => {
    const ep = endpointFor('server-error');
    const el = await mountCheck(ep.url, { phone: '555-010-4477' });
    await fillAll(el);
    const error = nextEvent<ErrorDetail>(el, 'pinched-nerve-error');
    await pressSubmit(el);
    expect((await error).detail.status).to.equal(500);
    await settled(el);
    await el.updateComplete;
    const status = $(el, '#status')!;
    expect(el.shadowRoot!.activeElement).to.equal(status);
    expect(text(status)).to.contain(words.failure.server);
    expect(text(status)).to.contain(words.failure.keep);
    expect(status.querySelector('a[href="tel:5550104477"]')).to.not.equal(null);
    expectValuesKept(el);
    el.endpoint = endpointFor('ok').url;
    await el.updateComplete;
    status.querySelector<HTMLButtonElement>('button')!.click();
    await settled(el);
    expect(el.status).to.equal('success');
  });

  for (const [scenario, message, status] of [
    ['rate-limited', words.failure.busy, 429],
    ['no-cors', words.failure.network, 0],
  ] as const) {
    it(`explains a ${scenario} answer and keeps the values`, async () => {
      const el = await mountCheck(endpointFor(scenario).url);
      await fillAll(el);
      const error = nextEvent<ErrorDetail>(el, 'pinched-nerve-error');
      await pressSubmit(el);
      expect((await error).detail.status).to.equal(status);
      await settled(el);
      expect(text($(el, '#status'))).to.contain(message);
      expectValuesKept(el);
    });
  }

  it('does not follow a redirect: the answers go to the endpoint and nowhere else', async () => {
    const ep = endpointFor('redirect');
    const el = await mountCheck(ep.url);
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    expect(el.status).to.equal('failed');
    expect((await ep.received()).requests).to.have.length(1);
    const elsewhere = await fetch(`${window.__ENDPOINT__}/received/${ep.id}-redirected`);
    expect(((await elsewhere.json()) as { requests: unknown[] }).requests).to.have.length(0);
    expectValuesKept(el);
  });

  it('sends from any step when Try again is pressed after going back, keeping focus on the panel', async () => {
    const ep = endpointFor('server-error');
    const el = await mountCheck(ep.url);
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await el.updateComplete;
    expect(shownStep(el)).to.equal(1);
    el.endpoint = endpointFor('ok').url;
    await el.updateComplete;
    const retry = $<HTMLButtonElement>(el, '#status button')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect(el.status).to.equal('sending');
    expect($(el, '#status button')).to.equal(retry);
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    await settled(el);
    expect(el.status).to.equal('success');
  });

  it('gives up after `timeout` seconds with status 0 and keeps the values', async () => {
    const el = await mountCheck(endpointFor('slow').url, { timeout: '0.5' });
    await fillAll(el);
    const error = nextEvent<ErrorDetail>(el, 'pinched-nerve-error');
    await pressSubmit(el);
    expect((await error).detail.status).to.equal(0);
    await settled(el);
    expect(text($(el, '#status'))).to.contain(words.failure.timeout);
    expectValuesKept(el);
  });

  it('says the server cannot be reached when it is down, and keeps the values', async () => {
    const el = await mountCheck(downUrl());
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    expect(navigator.onLine, 'this browser reports being online').to.equal(true);
    expect(text($(el, '#status'))).to.contain(words.failure.network);
    // The patient is online: blaming their connection would send them to fix the wrong thing.
    expect(text($(el, '#status'))).to.not.contain('internet');
    expectValuesKept(el);
  });

  it('mentions the patient’s connection only when the browser reports being offline', async () => {
    const el = await mountCheck(downUrl());
    await fillAll(el);
    // What the browser reports when the device loses its network (the send itself really fails).
    Object.defineProperty(navigator, 'onLine', { get: () => false, configurable: true });
    try {
      await pressSubmit(el);
      await settled(el);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
    expect(text($(el, '#status'))).to.contain(words.failure.offline);
    expectValuesKept(el);
  });

  it('shows a 422’s field errors on the fields, like its own', async () => {
    const el = await mountCheck(endpointFor('field-errors').url);
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    await el.updateComplete;
    expect(text($(el, '#email-error'))).to.equal('Error: This email address is not accepted');
    expect($(el, '#f-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    expectValuesKept(el);
  });

  it('shows a server’s message as written, even when it reads like one of the form’s keys', async () => {
    const el = await mountCheck(endpointFor('key-like-field-errors').url);
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    await el.updateComplete;
    expect(text($(el, '#name-error'))).to.equal('Error: consent');
    expect(text($(el, '.error-summary a'))).to.equal('consent');
    expectValuesKept(el);
  });

  it('never shows a server’s errors about fields the form does not have (see unknown-fields.test.ts)', async () => {
    const el = await mountCheck(endpointFor('unknown-field-errors').url);
    await fillAll(el);
    const errors = captureWarnings('error');
    try {
      await pressSubmit(el);
      await settled(el);
    } finally {
      errors.restore();
    }
    await el.updateComplete;
    expect(text($(el, '#status'))).to.contain(words.failure.rejected);
    expect(el.shadowRoot!.textContent).to.not.contain('Tell us the name of your insurance company');
    expect(errors.messages.join()).to.contain('(insurance)');
    expect(errors.messages.join()).to.not.contain('Tell us the name of your insurance company');
    expectValuesKept(el);
  });

  it('shows field errors given as a list, switching to that field’s step', async () => {
    const el = await mountCheck(endpointFor('field-errors-list').url);
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    await el.updateComplete;
    expect(text($(el, '#phone-error'))).to.contain('We cannot text this number');
  });

  it('sends nothing when the host page cancels pinched-nerve-submit', async () => {
    const ep = endpointFor('ok');
    const el = await mountCheck(ep.url);
    let payload: unknown;
    el.addEventListener('pinched-nerve-submit', (e) => {
      payload = e.detail.payload;
      e.preventDefault();
    });
    await fillAll(el);
    const fetches = watchFetches(ep.id);
    await pressSubmit(el);
    fetches.restore();
    // Cancelled, the form never went on to sending, nor asked fetch() for a request.
    expect(el.status).to.equal('editing');
    expect(fetches.urls).to.deep.equal([]);
    expect(payload).to.have.property('name', 'Ada Lovelace');
    expect((await ep.received()).requests).to.have.length(0);
  });

  it('shows success and sends nothing when the honeypot is filled', async () => {
    const ep = endpointFor('ok');
    const el = await mountCheck(ep.url);
    await fillAll(el);
    const trap = $<HTMLInputElement>(el, '#f-hp')!;
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(trap.tabIndex).to.equal(-1);
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input'));
    const fetches = watchFetches(ep.id);
    await pressSubmit(el);
    fetches.restore();
    expect(el.status).to.equal('success');
    expect(fetches.urls).to.deep.equal([]);
    expect((await ep.received()).requests).to.have.length(0);
  });

  it('refuses a plain http: endpoint before any request, with one console.error, and offers the phone', async () => {
    const errors = captureWarnings('error');
    try {
      const el = await mountCheck('http://api.example.com/leads');
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('<pinched-nerve-check>');
      expect(errors.messages[0]).to.contain('endpoint');
      expect(text($(el, '.not-configured'))).to.contain('1-866-850-6139');
      await fillAll(el);
      await pressSubmit(el);
      await el.updateComplete;
      expect(el.status).to.equal('failed');
      expect($(el, '#status a[href^="tel:"]')).to.not.equal(null);
      expect($(el, '#status button')).to.equal(null);
      await pressSubmit(el);
      expect(errors.messages).to.have.length(1);
    } finally {
      errors.restore();
    }
  });

  it('ignores invalid hidden-fields JSON with one warning and still sends', async () => {
    const warnings = captureWarnings();
    try {
      const ep = endpointFor('ok');
      const el = await mountCheck(ep.url, { 'hidden-fields': '{clinic: 1' });
      await fillAll(el);
      await pressSubmit(el);
      await settled(el);
      expect(warnings.messages.filter((m) => m.includes('hidden-fields'))).to.have.length(1);
      expect((await ep.received()).requests).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('shows success-message instead of the server’s message, and the default thank-you without either', async () => {
    const custom = await mountCheck(endpointFor('ok').url, {
      'success-message': 'We will call you within a day.',
    });
    await fillAll(custom);
    await pressSubmit(custom);
    await settled(custom);
    await custom.updateComplete;
    expect(text($(custom, '#status'))).to.contain('We will call you within a day.');
    expect(text($(custom, '#status'))).to.not.contain('test server');
    // The warning signs are gone by now: the safety line stays, whatever the clinic's words.
    expect(text($(custom, '#status'))).to.contain('If you get worse, call 911.');
    const plain = await mountCheck(endpointFor('created').url);
    await fillAll(plain);
    await pressSubmit(plain);
    await settled(plain);
    await plain.updateComplete;
    expect(text($(plain, '#status'))).to.contain(words.success.message);
    expect(text($(plain, '#status'))).to.contain(words.success.safety);
  });

  it('tells the patient how to reach the clinic sooner, after the server’s or the clinic’s words', async () => {
    const el = await mountCheck(endpointFor('ok').url, { phone: '(555) 010-4477' });
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    await el.updateComplete;
    const status = $(el, '#status')!;
    expect(text(status)).to.contain('Thanks from the test server');
    // The words, then the phone as a large call button of its own (issue 25).
    expect(text(status.querySelector('[part~="phone"]'))).to.equal(words.success.sooner);
    expect(text(status.querySelector('a[href="tel:5550104477"]'))).to.equal('(555) 010-4477');
    const quiet = await mountCheck(endpointFor('ok').url, { phone: '' });
    await fillAll(quiet);
    await pressSubmit(quiet);
    await settled(quiet);
    await quiet.updateComplete;
    expect(text($(quiet, '#status'))).to.not.contain(words.success.sooner);
  });

  it('keeps the height it had once the shorter thank-you shows, so the page below does not move', async () => {
    // The README's recipe: hold the form's place before and after its script runs. The
    // thank-you then keeps that place (a shrink would be a layout shift), and its box fills it.
    const style = document.createElement('style');
    style.textContent = 'pinched-nerve-check { display: block; min-height: 1200px; }';
    document.head.append(style);
    try {
      const el = await mountCheck(endpointFor('ok').url);
      expect(el.getBoundingClientRect().height, 'reserved while asking').to.be.at.least(1200);
      await fillAll(el);
      await pressSubmit(el);
      await settled(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().height, 'the same place').to.be.at.least(1200);
      const drawn = $(el, '[part="base"]')!.getBoundingClientRect().height;
      expect(el.getBoundingClientRect().height, 'no empty page under the box').to.be.closeTo(
        drawn,
        2,
      );
    } finally {
      style.remove();
    }
  });

  it('follows redirect after success', async () => {
    const el = await mountCheck(endpointFor('ok').url, { redirect: '#thanks' });
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    await waitUntil(() => location.hash === '#thanks');
    history.replaceState(null, '', location.pathname + location.search);
  });
});

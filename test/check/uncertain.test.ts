/**
 * Issue 23: the WordPress relay answers 504 `{"code":"pnw_uncertain"}` when the clinic's
 * webhook was slow or redirected, so the answers may well have arrived. The form must not show
 * its "not sent, try again" failure, which invites a duplicate: it says the answers may have
 * reached the clinic and to call if no one gets in touch, keeps the answers, and keeps Try again
 * as a quiet second choice. On the built files, against a real server answering exactly that.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../dist/check.js';
import type { ErrorDetail } from '../../src/check/events.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { check as english } from '../../src/content/check-en.js';
import { drawnLang } from '../helpers/drawn.js';
import { endpointFor } from '../helpers/endpoint.js';
import {
  $,
  fillAll,
  mountCheck,
  nextEvent,
  pressSubmit,
  text,
  expectValuesKept,
} from '../helpers/form.js';
import { fetchSpanish } from '../helpers/spanish.js';

const PHONE = '1-800-555-0199';

/** Fills the form, sends it, and returns the error event once the answer is shown. */
async function sendUncertain(el: PinchedNerveCheck) {
  await fillAll(el);
  const error = nextEvent<ErrorDetail>(el, 'pinched-nerve-error');
  await pressSubmit(el);
  const { detail } = await error;
  await waitUntil(() => el.status === 'failed', 'never answered');
  await el.updateComplete;
  return detail;
}

describe('the relay’s uncertain answer (504 pnw_uncertain)', () => {
  for (const lang of ['en', 'es'] as const)
    it(`says the answers may have arrived and to call if no one gets in touch (${lang})`, async () => {
      const f = (lang === 'es' ? (await fetchSpanish()).check : english).failure;
      const ep = endpointFor('uncertain');
      const el = await mountCheck(ep.url, { lang, phone: PHONE, 'clinic-name': 'Lakeside' });
      await waitUntil(() => drawnLang(el) === lang, 'its words never arrived');
      const detail = await sendUncertain(el);
      expect(detail.status).to.equal(504);
      expect(detail.payload.name).to.equal('Ada Lovelace');
      const status = $(el, '#status')!;
      expect(el.shadowRoot!.activeElement).to.equal(status);
      expect(text($(el, '#status-title'))).to.equal(f.uncertainHeading);
      expect(text($(el, '#status-message'))).to.equal(
        `${f.uncertain} ${f.uncertainCall} ${PHONE}. ${f.keep}`,
      );
      expect(text(status)).to.not.contain(f.heading);
      expect(text(status)).to.not.contain(f.server);
      expect($(el, '#status-message a[href^="tel:"]')!.textContent).to.equal(PHONE);
      // Try again is there, but as a quiet link-like button after the advice, not the main one.
      const retry = $<HTMLButtonElement>(el, '[part="retry-button"]')!;
      expect(text(retry)).to.equal(f.retry);
      expect(getComputedStyle(retry).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle($(el, '[part="submit-button"]')!).backgroundColor).to.not.equal(
        'rgba(0, 0, 0, 0)',
      );
      expectValuesKept(el);
      expect((await ep.received()).requests).to.have.length(1);
    });

  it('without a phone number, says to try again if no one gets in touch', async () => {
    const el = await mountCheck(endpointFor('uncertain').url, { phone: '' });
    await sendUncertain(el);
    const f = english.failure;
    expect(text($(el, '#status-message'))).to.equal(`${f.uncertain} ${f.uncertainRetry} ${f.keep}`);
    expect($(el, '#status a[href^="tel:"]')).to.equal(null);
    expect(text($(el, '[part="retry-button"]'))).to.equal(f.retry);
  });

  it('still sends again when the patient presses Try again', async () => {
    const ep = endpointFor('uncertain');
    const el = await mountCheck(ep.url);
    await sendUncertain(el);
    const again = nextEvent<ErrorDetail>(el, 'pinched-nerve-error');
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await again;
    await waitUntil(() => el.status === 'failed', 'never answered');
    expect((await ep.received()).requests).to.have.length(2);
    expectValuesKept(el);
  });
});

/**
 * Issue 24 §3 and §8: a server's errors on keys the form does not have (a `utm_source` the
 * server's form lacks, an error on no field, HubSpot's INVALID_FORM_FIELD) are nothing the
 * patient can fix. They never see the server's text: they get the standard failure in the
 * page's language, with Try again, the phone and their answers kept, and the console names
 * each field and the server's words for the developer. On the built files, against real servers.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../dist/check.js';
import { check as english } from '../../src/content/check-en.js';
import { errorsDuring } from '../helpers/console.js';
import { drawnLang } from '../helpers/drawn.js';
import { endpointFor } from '../helpers/endpoint.js';
import { $, mountCheck, send, text, expectValuesKept } from '../helpers/form.js';
import { serviceUrl } from '../helpers/services.js';
import { fetchSpanish } from '../helpers/spanish.js';

const PHONE = '1-800-555-0199';

const cases = [
  {
    what: 'a 422 on a key the form lacks',
    url: () => endpointFor('utm-field-errors').url,
    attrs: {},
    field: 'utm_source',
    said: 'This field is not on the form',
  },
  {
    what: 'a 422 with an error on no field',
    url: () => endpointFor('fieldless-errors').url,
    attrs: {},
    field: '(no field)',
    said: 'Form is not accepting',
  },
  {
    what: 'HubSpot’s 400 INVALID_FORM_FIELD',
    url: () => serviceUrl('hubspot', 'unknown-field').url,
    attrs: { format: 'hubspot' },
    field: 'utm_source',
    said: "Error in 'fields.utm_source'. This field does not exist on the form",
  },
];

describe('a server’s errors on keys that are not form fields', () => {
  for (const lang of ['en', 'es'] as const)
    for (const { what, url, attrs, field, said } of cases)
      it(`${what} shows the standard failure (${lang}), and the console names the field`, async () => {
        const words = lang === 'es' ? (await fetchSpanish()).check : english;
        const el = await mountCheck(url(), {
          ...attrs,
          lang,
          phone: PHONE,
          'clinic-name': 'Lakeside Spine',
        });
        await waitUntil(() => drawnLang(el) === lang, 'its words never arrived');
        const logged = await errorsDuring(() => send(el));
        expect(el.status).to.equal('failed');
        const status = $(el, '#status')!;
        expect(text($(el, '#status-title'))).to.equal(words.failure.heading);
        expect(text($(el, '#status-message'))).to.equal(
          `${words.failure.rejected} ${words.failure.keep}`,
        );
        expect(text($(el, '[part="retry-button"]'))).to.equal(words.failure.retry);
        expect(status.querySelector('a[href^="tel:"]')?.textContent).to.equal(PHONE);
        expect(el.shadowRoot!.activeElement).to.equal(status);
        expect($(el, '.error-summary')).to.equal(null);
        expect(el.shadowRoot!.textContent).to.not.contain(said);
        expectValuesKept(el);
        expect(logged).to.have.length(1);
        expect(logged[0]).to.contain('<pinched-nerve-check>');
        expect(logged[0]).to.contain(field);
        // Not the server's words: a server may repeat what the patient typed.
        expect(logged[0]).to.not.contain(said);
      });

  it('shows errors on the form’s own fields at them, and only logs the others', async () => {
    const el = await mountCheck(endpointFor('mixed-field-errors').url, {
      'clinic-name': 'Lakeside Spine',
    });
    const logged = await errorsDuring(() => send(el));
    expect(el.status).to.equal('editing');
    expect(text($(el, '#email-error'))).to.equal('Error: Use your own address');
    const summary = $(el, '.error-summary')!;
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal(['Use your own address']);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(el.shadowRoot!.textContent).to.not.contain('This field is not on the form');
    expectValuesKept(el);
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('(utm_source)');
    expect(logged[0]).to.not.contain('This field is not on the form');
    expect(logged[0]).to.not.contain('Use your own address');
  });

  it('never puts what the server repeats of the patient’s answers in the console', async () => {
    const el = await mountCheck(endpointFor('echo-field-errors').url, {
      'clinic-name': 'Lakeside Spine',
      phone: PHONE,
    });
    const logged = await errorsDuring(() => send(el));
    expect(el.status).to.equal('failed');
    expect(logged).to.have.length(1);
    const said = logged[0]!;
    expect(said).to.contain('((no field), (a key))');
    for (const typed of ['ada@example.com', 'Ada', 'Lovelace', '555'])
      expect(said).to.not.contain(typed);
    expect(el.shadowRoot!.textContent).to.not.contain('already registered');
    expectValuesKept(el);
  });
});

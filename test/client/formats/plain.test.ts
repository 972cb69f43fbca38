import { expect, waitUntil } from '@open-wc/testing';
import '../../../dist/check.js';
import { check as words } from '../../../src/content/check-en.js';
import { captureWarnings } from '../../helpers/console.js';
import { endpointFor } from '../../helpers/endpoint.js';
import { $, fillAll, mountCheck, pressSubmit, send, text } from '../../helpers/form.js';
import { serviceUrl } from '../../helpers/services.js';

describe('field-names and bad configuration', () => {
  it('renames keys of the plain payload, in any encoding, to a webhook that answers no preflight', async () => {
    const service = serviceUrl('webhook');
    const el = await mountCheck(service.url, {
      encoding: 'form',
      'field-names': '{"phone":"mobile","contact_method":"preferred"}',
    });
    await send(el);
    expect(el.status).to.equal('success');
    const body = new URLSearchParams((await service.received())[0]!.body);
    expect(body.get('mobile')).to.equal('(555) 010-2000');
    expect(body.get('preferred')).to.equal('text');
    expect(body.has('phone')).to.equal(false);
    expect(body.getAll('treatments')).to.deep.equal(['anti-inflammatory', 'physical-therapy']);
  });

  it('shows a server’s error on a renamed key at the form’s own field', async () => {
    const el = await mountCheck(endpointFor('field-errors').url, {
      'field-names': '{"email":"contact_email"}',
    });
    // The server answers {"errors": {"email": …}}: "email" is no key this form sends now.
    await send(el);
    expect(text($(el, '.error-summary'))).to.contain('This email address is not accepted');
  });

  const bad: [string, Record<string, string>][] = [
    ['a format that does not exist', { format: 'salesforce' }],
    ['field-names that are not JSON', { 'field-names': '{phone: mobilephone}' }],
    ['field-names that are not names', { format: 'formspree', 'field-names': '{"phone": 7}' }],
  ];
  for (const [what, attributes] of bad) {
    it(`cannot send, with one console error, given ${what}`, async () => {
      const service = serviceUrl('formspree');
      const errors = captureWarnings('error');
      try {
        const el = await mountCheck(service.url, attributes);
        await waitUntil(() => $(el, '.not-configured'), 'the form never said it cannot send');
        expect(text($(el, '.not-configured'))).to.contain(words.failure.notConfigured);
        await fillAll(el);
        await pressSubmit(el);
        await waitUntil(() => el.status === 'failed', 'the form did not fail');
        expect(text($(el, '#status'))).to.contain(words.failure.notConfigured);
        expect(await service.received()).to.have.length(0);
        expect(errors.messages).to.have.length(1);
        expect(errors.messages[0]).to.match(/^<pinched-nerve-check>: .*(format|field-names)/);
      } finally {
        errors.restore();
      }
    });
  }
});

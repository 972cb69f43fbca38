import { expect } from '@open-wc/testing';
import '../../dist/check.js';
import type { ErrorDetail } from '../../src/check/events.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { watchFetches } from '../helpers/fetches.js';
import { $, fillAll, mountCheck, nextEvent, pressSubmit, text } from '../helpers/form.js';

/**
 * Mounts a form whose endpoint must be refused, and checks what the patient and the page get:
 * one console.error at load, "cannot send answers yet" with the phone, no request on Send.
 */
async function expectRefused(
  endpoint: string,
  { id, received }: { id: string; received: () => Promise<{ requests: unknown[] }> },
) {
  const errors = captureWarnings('error');
  const fetches = watchFetches(id);
  try {
    const el = await mountCheck(endpoint);
    expect(errors.messages).to.have.length(1);
    // A password in the URL is never echoed (issue 24 §6).
    const shown = endpoint.replace(/\/\/[^/?#]*@/, '//…@');
    expect(errors.messages[0]).to.contain(`<pinched-nerve-check>: refusing endpoint="${shown}"`);
    expect(text($(el, '.not-configured'))).to.contain('This form cannot send answers yet.');
    expect(text($(el, '.not-configured'))).to.contain('1-866-850-6139');
    await fillAll(el);
    const failed = nextEvent<ErrorDetail>(el, 'pinched-nerve-error');
    await pressSubmit(el);
    expect((await failed).detail.status).to.equal(0);
    await el.updateComplete;
    expect(el.status).to.equal('failed');
    // The form failed without asking fetch() for the request: none is on its way.
    expect(fetches.urls).to.deep.equal([]);
    expect((await received()).requests).to.deep.equal([]);
  } finally {
    fetches.restore();
    errors.restore();
  }
}

describe('<pinched-nerve-check> refusing an endpoint in the page', () => {
  it('refuses a relative endpoint that a <base href="http://…"> sends to another host, and sends nothing there', async () => {
    const ep = endpointFor('ok');
    // The test server, by an address that is not localhost's name: plain http: to another host.
    const other = new URL(window.__ENDPOINT__);
    other.hostname = '[::ffff:7f00:1]';
    const base = Object.assign(document.createElement('base'), { href: `${other.origin}/` });
    document.head.prepend(base);
    try {
      expect(document.baseURI).to.equal(`${other.origin}/`);
      await expectRefused(`submit/ok/${ep.id}`, ep);
    } finally {
      base.remove();
    }
  });

  it('refuses an endpoint with a user name and password in it when the page loads', async () => {
    const ep = endpointFor('ok');
    const url = new URL(ep.url);
    url.username = 'clinic';
    url.password = 'secret';
    await expectRefused(url.href, ep);
  });

  it('still sends to a relative endpoint that <base> keeps on https:', async () => {
    // Where it leads is https:, so it is allowed; the request itself cannot be tested here.
    const base = Object.assign(document.createElement('base'), {
      href: 'https://clinic.example/',
    });
    document.head.prepend(base);
    const errors = captureWarnings('error');
    try {
      const el = await mountCheck('api/candidate-check');
      expect(errors.messages).to.deep.equal([]);
      expect($(el, '.not-configured')).to.equal(null);
    } finally {
      errors.restore();
      base.remove();
    }
  });
});

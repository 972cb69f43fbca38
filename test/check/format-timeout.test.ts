/**
 * Issue 24 §5: `timeout` bounds the whole send, loading the format's code included. With
 * `formats/hubspot.js` stalled by the test server, the form ends in the standard failure view
 * (Try again, the phone) with the answers kept. On the built files.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fillRequired, pressSubmit, tick } from '../helpers/form.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

describe('a stalled format code load (issue 24 §5)', () => {
  before(async () => {
    // Everything from dist/ under the prefix, where the server never answers formats/hubspot.js.
    await import(/* @vite-ignore */ `${'/stalled-format'}/dist/check.js`);
  });

  it('times out into the standard failure with the answers kept', async () => {
    const el = document.createElement('pinched-nerve-check');
    el.setAttribute('format', 'hubspot');
    el.setAttribute(
      'endpoint',
      `${window.location.origin}/submissions/v3/integration/submit/4412345/0f9e8d7c-6b5a-4c3d-9e8f-7a6b5c4d3e2f`,
    );
    el.setAttribute('timeout', '2');
    el.setAttribute('phone', '555-010-9999');
    el.setAttribute('layout', 'single');
    document.body.append(el);
    await waitUntil(() => $(el, '#f-name'), 'not drawn');
    await tick(el, 'f-region-1');
    await fillRequired(el);
    await pressSubmit(el);
    await waitUntil(() => el.status === 'failed' || el.status === 'success', 'still sending');
    expect(el.status).to.equal('failed');
    await el.updateComplete;
    const text = el.shadowRoot!.textContent;
    expect(text).to.match(/try again/i);
    expect(text).to.contain('555-010-9999');
    // The answers are kept for Try again.
    expect($<HTMLInputElement>(el, '#f-name')?.value ?? el.shadowRoot!.textContent).to.contain(
      'Ada Lovelace',
    );
    el.remove();
  });
});

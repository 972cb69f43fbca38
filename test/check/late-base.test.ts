/**
 * Issue 24 §1: a `<base>` that a script adds or changes after the form has drawn must not move a
 * relative endpoint to another site. The form keeps the endpoint it resolved when it drew, and
 * if the page's base would now send the answers to another origin, it sends nothing, says why
 * in the console and offers the phone. On the built files, against the real test server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../dist/check.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { fillRequired, pressSubmit, tick } from '../helpers/form.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

async function fillAndSend(el: PinchedNerveCheck) {
  await tick(el, 'f-region-1');
  await fillRequired(el);
  await pressSubmit(el);
  await waitUntil(() => el.status === 'failed' || el.status === 'success', 'never settled');
}

describe('a <base> added after the form drew', () => {
  let base: HTMLBaseElement | null = null;
  afterEach(() => {
    base?.remove();
    base = null;
    document.querySelectorAll('pinched-nerve-check').forEach((el) => el.remove());
  });

  /** The page's own <base> at load: the relative endpoint leads to the real test server. */
  async function mount(id: string) {
    base = document.createElement('base');
    base.href = `${window.__ENDPOINT__}/submit/ok/`;
    document.head.prepend(base);
    const el = document.createElement('pinched-nerve-check');
    el.setAttribute('endpoint', id);
    el.setAttribute('layout', 'single');
    el.setAttribute('phone', '555 010 4477');
    document.body.append(el);
    await waitUntil(() => $(el, '#f-name'), 'not drawn');
    return el;
  }

  it('to another site: nothing is sent anywhere, the console says why, the phone is offered', async () => {
    const ep = endpointFor('ok');
    const el = await mount(ep.id);
    // A third-party script points the page elsewhere (another origin: the port with no server).
    const evil = document.createElement('base');
    evil.href = `${window.__DOWN_URL__}/submit/ok/`;
    document.head.prepend(evil);
    const errors = captureWarnings('error');
    try {
      await fillAndSend(el);
    } finally {
      errors.restore();
      evil.remove();
    }
    expect((await ep.received()).requests, 'the clinic’s server got nothing').to.have.length(0);
    expect(el.status).to.equal('failed');
    expect(errors.messages.join('\n')).to.contain('<pinched-nerve-check>').and.contain('<base>');
    expect($(el, '#status a[href^="tel:"]'), 'the phone').to.not.equal(null);
    const name = $<HTMLInputElement>(el, '#f-name');
    expect(name?.value ?? 'kept in the form', 'answers kept').to.not.equal('');
  });

  it('on the same site (a route change): the answers go where they went when the form drew', async () => {
    const ep = endpointFor('ok');
    const el = await mount(ep.id);
    base!.href = `${window.__ENDPOINT__}/submit/ok/elsewhere/`;
    await fillAndSend(el);
    expect(el.status).to.equal('success');
    expect((await ep.received()).requests).to.have.length(1);
  });
});

describe('a refused endpoint with a password in it (issue 24 §6)', () => {
  it('is named in the console without the password', async () => {
    const errors = captureWarnings('error');
    const el = document.createElement('pinched-nerve-check');
    el.setAttribute('endpoint', 'https://clinic:hunter2@forms.example.test/leads');
    try {
      document.body.append(el);
      await waitUntil(() => $(el, '.not-configured'), 'never refused');
    } finally {
      errors.restore();
      el.remove();
    }
    expect(errors.messages).to.have.length(1);
    expect(errors.messages[0]).to.contain('forms.example.test').and.not.contain('hunter2');
  });
});

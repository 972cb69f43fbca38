/**
 * Issue 24 §8: a single-page app may remove the form while it is sending (a route change). The
 * answer still comes, and the page's `document` listeners must hear its success or error event
 * exactly once, with the form as the event's target; listeners on the form itself, and on the
 * removed part of the page around it, hear it once too. On the built files, against a real
 * server that holds its answer until the test has removed the form.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../dist/check.js';
import type { ErrorDetail, SuccessDetail } from '../../src/check/events.js';
import { endpointFor } from '../helpers/endpoint.js';
import { fillAll, mountCheck, pressSubmit } from '../helpers/form.js';

type Heard = { target: EventTarget | null; detail: SuccessDetail | ErrorDetail };

/** Records `name` where it is heard: on `document`, on `window`, on the form, around it. */
function listen(name: string, targets: Record<string, EventTarget>) {
  const heard: Record<string, Heard[]> = {};
  const stops = Object.entries(targets).map(([where, target]) => {
    heard[where] = [];
    const listener = (e: Event) =>
      heard[where]!.push({ target: e.target, detail: (e as CustomEvent).detail });
    target.addEventListener(name, listener);
    return () => target.removeEventListener(name, listener);
  });
  return { heard, stop: () => stops.forEach((stop) => stop()) };
}

describe('a form the page removes while it is sending', () => {
  for (const [scenario, name, status, after] of [
    ['held-ok', 'pinched-nerve-success', 200, 'success'],
    ['held-error', 'pinched-nerve-error', 500, 'failed'],
  ] as const)
    it(`still tells the page's document listeners of ${name}, once, with the form as target`, async () => {
      const ep = endpointFor(scenario);
      const el = await mountCheck(ep.url, { 'clinic-name': 'Lakeside Spine' });
      // The part of the page a route change takes away, with the form in it.
      const around = document.createElement('main');
      el.parentElement!.append(around);
      around.append(el);
      await fillAll(el);
      const { heard, stop } = listen(name, { document, window, form: el, around });
      try {
        await pressSubmit(el);
        await waitUntil(async () => (await ep.received()).requests.length === 1, 'never sent');
        expect(el.status).to.equal('sending');
        around.remove();
        expect(el.isConnected).to.equal(false);
        expect(await ep.release(), 'the server held the answer').to.equal(true);
        // The events are dispatched before the status changes, in the same task.
        await waitUntil(() => el.status === after, 'never answered');
      } finally {
        stop();
      }
      for (const where of ['document', 'window', 'form', 'around']) {
        expect(heard[where], where).to.have.length(1);
        expect(heard[where]![0]!.target, where).to.equal(el);
        expect(heard[where]![0]!.detail.status, where).to.equal(status);
        expect(heard[where]![0]!.detail.payload.name, where).to.equal('Ada Lovelace');
      }
    });

  it('keeps a removed form’s event from the document when a listener around it stopped it', async () => {
    const ep = endpointFor('held-ok');
    const el = await mountCheck(ep.url, { 'clinic-name': 'Lakeside Spine' });
    const around = document.createElement('main');
    el.parentElement!.append(around);
    around.append(el);
    await fillAll(el);
    // A page that keeps the form's health data away from its document-wide analytics.
    const stopIt = (e: Event) => e.stopPropagation();
    around.addEventListener('pinched-nerve-success', stopIt);
    const { heard, stop } = listen('pinched-nerve-success', { document, window, form: el });
    try {
      await pressSubmit(el);
      await waitUntil(async () => (await ep.received()).requests.length === 1, 'never sent');
      around.remove();
      expect(await ep.release(), 'the server held the answer').to.equal(true);
      await waitUntil(() => el.status === 'success', 'never answered');
    } finally {
      stop();
      around.removeEventListener('pinched-nerve-success', stopIt);
    }
    expect(heard.form).to.have.length(1);
    expect(heard.document).to.have.length(0);
    expect(heard.window).to.have.length(0);
  });

  it('a form still on the page: its document hears each event once, as always', async () => {
    const el = await mountCheck(endpointFor('ok').url, { 'clinic-name': 'Lakeside Spine' });
    await fillAll(el);
    const { heard, stop } = listen('pinched-nerve-success', { document, form: el });
    try {
      await pressSubmit(el);
      await waitUntil(() => el.status === 'success', 'never answered');
    } finally {
      stop();
    }
    expect(heard.document).to.have.length(1);
    expect(heard.document![0]!.target).to.equal(el);
    expect(heard.form).to.have.length(1);
  });
});

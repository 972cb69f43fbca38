/**
 * Widgets on a page that changes under them: added after load (a single-page app's route
 * change), removed and added again, moved elsewhere (also into a component's shadow root).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { symptoms } from '../../src/content/en.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { endpointFor } from '../helpers/endpoint.js';
import { watchFetches } from '../helpers/fetches.js';
import { $, fillAll, nextEvent, pressSubmit, text, tick, type } from '../helpers/form.js';

const items = (list: PinchedNerveSymptoms) =>
  [...list.shadowRoot!.querySelectorAll('li, label')].map(text);

/** Lets MutationObserver callbacks run, then the render they asked for. */
const settle = async (el: { updateComplete: Promise<unknown> }) => {
  await aTimeout(0);
  await el.updateComplete;
};

const li = (words: string) => Object.assign(document.createElement('li'), { textContent: words });

const ctaOf = (card: Element) =>
  card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!;

/** Clicks the card's button and waits for focus to land on the form's title. */
async function followCta(card: Element, check: PinchedNerveCheck) {
  ctaOf(card).click();
  await waitUntil(
    () => check.shadowRoot!.activeElement?.id === 'title',
    'the card’s button did not reach the form',
  );
}

/** A form with an endpoint (the test server's), so it logs no "no endpoint" warning. */
function newCheck(id?: string) {
  const check = document.createElement('pinched-nerve-check');
  if (id) check.id = id;
  check.setAttribute('endpoint', endpointFor('ok').url);
  return check;
}

async function page() {
  return fixture<HTMLDivElement>(
    html`<div>
      <main id="app"></main>
      <aside id="side"></aside>
    </div>`,
  );
}

describe('widgets added after the page loaded (a single-page app’s route change)', () => {
  it('renders a route’s widgets, made the way frameworks make them, and links them up', async () => {
    const root = await page();
    const app = root.querySelector('#app')!;
    // A framework builds the subtree off the page and inserts it in one go…
    const card = document.createElement('pinched-nerve-card');
    card.setAttribute('region', 'lumbar');
    card.setAttribute('for', 'route-check');
    const built = document.createElement('pinched-nerve-symptoms');
    built.append(li('Pain down the leg'), li('Numb toes'));
    const check = newCheck('route-check');
    app.append(card, built, check);
    // …or inserts the element first and its children after.
    const grown = document.createElement('pinched-nerve-symptoms');
    app.append(grown);
    await settle(grown);
    grown.append(li('Arm pain'));
    grown.append(li('Weak grip'));
    await Promise.all([card, built, grown, check].map(settle));

    expect(items(built)).to.deep.equal(['Pain down the leg', 'Numb toes']);
    expect(items(grown)).to.deep.equal(['Arm pain', 'Weak grip']);
    expect(ctaOf(card).getAttribute('href')).to.equal('#route-check');
    await followCta(card, check);
    expect(check.values.region).to.equal('lumbar');
  });

  it('a card that stays while the route’s form is replaced leads to the new form', async () => {
    const root = await page();
    const side = root.querySelector('#side')!;
    const app = root.querySelector('#app')!;
    const card = document.createElement('pinched-nerve-card');
    card.setAttribute('region', 'cervical');
    card.setAttribute('for', 'route-check');
    side.append(card);
    const first = newCheck('route-check');
    app.append(first);
    await settle(card);
    await followCta(card, first);

    // Next route: the old form goes, a new one with the same id comes.
    first.remove();
    const second = newCheck('route-check');
    app.append(second);
    await second.updateComplete;
    await followCta(card, second);
    expect(second.values.region).to.equal('cervical');
  });
});

describe('widgets removed and added again', () => {
  it('a list shows the children it has when it comes back, and follows later edits again', async () => {
    const root = await page();
    const app = root.querySelector('#app')!;
    const list = document.createElement('pinched-nerve-symptoms');
    list.append(li('One'), li('Two'));
    app.append(list);
    await settle(list);
    expect(items(list)).to.deep.equal(['One', 'Two']);

    list.remove();
    list.replaceChildren(li('Three'));
    await settle(list);
    app.append(list);
    await settle(list);
    expect(items(list)).to.deep.equal(['Three']);

    list.append(li('Four'));
    await settle(list);
    expect(items(list)).to.deep.equal(['Three', 'Four']);
    // Removed and added twice more: one observer, still listening, items not doubled.
    list.remove();
    app.append(list);
    list.remove();
    app.append(list);
    list.firstElementChild!.textContent = 'Three, edited';
    await settle(list);
    expect(items(list)).to.deep.equal(['Three, edited', 'Four']);
  });

  it('a form keeps its step and answers, announces no step again, and sends once', async () => {
    const root = await page();
    const app = root.querySelector('#app')!;
    const endpoint = endpointFor('ok');
    const check = document.createElement('pinched-nerve-check');
    check.setAttribute('endpoint', endpoint.url);
    const steps: unknown[] = [];
    check.addEventListener('pinched-nerve-step', (e) => steps.push(e.detail));
    app.append(check);
    await check.updateComplete;
    await tick(check, 'f-region-1');
    await pressSubmit(check);
    await tick(check, 'f-mri');

    check.remove();
    await aTimeout(0);
    app.append(check);
    await check.updateComplete;
    expect(text($(check, '[part="progress"]'))).to.equal('Step 2 of 3');
    expect($<HTMLInputElement>(check, '#f-mri')!.checked).to.equal(true);
    expect(check.values.region).to.equal('lumbar');
    expect(steps).to.deep.equal([
      { step: 1, of: 3 },
      { step: 2, of: 3 },
    ]);

    await pressSubmit(check);
    await type(check, 'f-name', 'Ada Lovelace');
    await type(check, 'f-email', 'ada@example.com');
    await tick(check, 'f-consent');
    const sent = nextEvent(check, 'pinched-nerve-success');
    await pressSubmit(check);
    await sent;
    expect((await endpoint.received()).requests).to.have.length(1);
  });

  it('a form removed while sending posts once, and nothing more while it is off the page', async () => {
    const root = await page();
    const app = root.querySelector('#app')!;
    const endpoint = endpointFor('slow'); // answers after 4 s
    const check = document.createElement('pinched-nerve-check');
    check.setAttribute('endpoint', endpoint.url);
    check.setAttribute('timeout', '1');
    app.append(check);
    await check.updateComplete;
    await fillAll(check);
    const failed = nextEvent(check, 'pinched-nerve-error');
    const fetches = watchFetches(endpoint.id);
    await pressSubmit(check);
    check.remove(); // the patient follows a link to another route

    await failed; // the timeout still ends the request
    fetches.restore(); // (reading what the server received is a fetch too)
    expect(fetches.urls).to.have.length(1);
    // Past the moment the server answers (it says when it has).
    await waitUntil(async () => (await endpoint.received()).answered === 1, 'no answer');
    expect((await endpoint.received()).requests).to.have.length(1);
    expect(check.status).to.equal('failed');
    // Back on the page, it offers Try again and sends only when asked.
    app.append(check);
    await check.updateComplete;
    expect($(check, '#status button')).to.not.equal(null);
    expect((await endpoint.received()).requests).to.have.length(1);
  });

  it('a form removed while sending does not redirect the page when its answer arrives', async () => {
    const root = await page();
    const app = root.querySelector('#app')!;
    const endpoint = endpointFor('ok');
    const check = document.createElement('pinched-nerve-check');
    check.setAttribute('endpoint', endpoint.url);
    check.setAttribute('redirect', '#pnw-thank-you'); // a fragment, so the test page stays
    app.append(check);
    await check.updateComplete;
    await fillAll(check);
    const hash = location.hash;
    const success = nextEvent(check, 'pinched-nerve-success');
    await pressSubmit(check);
    check.remove(); // the patient moved on to another route of the app
    await success;
    // The redirect would follow the thank-you's drawing, in the same task's promises.
    await check.updateComplete;
    await aTimeout(0);
    try {
      expect(location.hash, 'the page was sent to the removed form’s redirect').to.equal(hash);
    } finally {
      history.replaceState(null, '', location.pathname + location.search + hash);
    }
  });

  it('a form the page itself hides on success still redirects (the answer came while it was on the page)', async () => {
    const root = await page();
    const check = newCheck();
    check.setAttribute('redirect', '#pnw-thanks-page');
    root.querySelector('#app')!.append(check);
    await check.updateComplete;
    await fillAll(check);
    const hash = location.hash;
    check.addEventListener('pinched-nerve-success', () => check.remove());
    const success = nextEvent(check, 'pinched-nerve-success');
    await pressSubmit(check);
    await success;
    try {
      await waitUntil(() => location.hash === '#pnw-thanks-page', 'no redirect');
    } finally {
      history.replaceState(null, '', location.pathname + location.search + hash);
    }
  });

  it('a card removed and added again still leads to its form', async () => {
    const root = await page();
    const side = root.querySelector('#side')!;
    const card = document.createElement('pinched-nerve-card');
    card.setAttribute('for', 'the-form');
    card.setAttribute('region', 'lumbar');
    side.append(card);
    const check = newCheck('the-form');
    root.querySelector('#app')!.append(check);
    await settle(card);
    card.remove();
    side.append(card);
    await settle(card);
    expect(ctaOf(card).getAttribute('href')).to.equal('#the-form');
    await followCta(card, check);
    expect(check.values.region).to.equal('lumbar');
  });
});

describe('widgets moved elsewhere on the page', () => {
  it('a list moved with appendChild keeps its items and follows edits in its new place', async () => {
    const root = await page();
    const list = document.createElement('pinched-nerve-symptoms');
    list.setAttribute('region', 'lumbar');
    list.append(li('One'));
    root.querySelector('#app')!.append(list);
    await settle(list);
    root.querySelector('#side')!.appendChild(list);
    await settle(list);
    expect(items(list)).to.deep.equal(['One']);
    list.append(li('Two'));
    await settle(list);
    expect(items(list)).to.deep.equal(['One', 'Two']);
  });

  it('a form moved with its answers keeps them and sends from its new place', async () => {
    const root = await page();
    const endpoint = endpointFor('ok');
    const check = document.createElement('pinched-nerve-check');
    check.setAttribute('endpoint', endpoint.url);
    root.querySelector('#app')!.append(check);
    await check.updateComplete;
    await fillAll(check);
    root.querySelector('#side')!.appendChild(check);
    await check.updateComplete;
    expect($<HTMLInputElement>(check, '#f-name')!.value).to.equal('Ada Lovelace');
    const sent = nextEvent(check, 'pinched-nerve-success');
    await pressSubmit(check);
    await sent;
    const { requests } = await endpoint.received();
    expect(requests).to.have.length(1);
    expect(JSON.parse(requests[0]!.body)).to.include({ name: 'Ada Lovelace', region: 'lumbar' });
  });

  it('a card and a selectable list moved into a component’s shadow root still reach the form', async () => {
    const root = await page();
    const check = newCheck('page-form');
    root.querySelector('#app')!.append(check);
    const card = document.createElement('pinched-nerve-card');
    card.setAttribute('region', 'cervical');
    const list = document.createElement('pinched-nerve-symptoms');
    list.setAttribute('region', 'lumbar');
    list.setAttribute('selectable', '');
    list.setAttribute('for', 'page-form');
    root.querySelector('#side')!.append(card, list);
    await Promise.all([settle(card), settle(list), check.updateComplete]);

    // A framework component renders them inside its own shadow root.
    const host = document.createElement('div');
    root.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(card, list);
    await Promise.all([settle(card), settle(list)]);
    expect(items(list)).to.deep.equal([...symptoms.lumbar]);
    await followCta(card, check); // no `for`: the first form on the page
    expect(check.values.region).to.equal('cervical');
    list.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await check.updateComplete;
    expect(check.values.region).to.equal('both');
    expect(check.values.symptoms).to.deep.equal([symptoms.lumbar[0]]);
  });
});

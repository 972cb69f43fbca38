/**
 * The script loaded twice: the same bundle twice, both bundles, a second copy added after the
 * widgets are up (a tag manager), and a bundle on a page that already imports the package.
 * The first definition stays, nothing throws, and the widgets keep working: the form sends
 * once, the card and the list reach it. (test/embed/bundles.test.ts checks the first render.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  PinchedNerveCard,
  PinchedNerveCheck,
  PinchedNerveSymptoms,
} from '../../dist/pinched-nerve-widgets.js';
import { symptoms } from '../../src/content/en.js';
import {
  closeFixtures,
  openFixture,
  rendered,
  requireBundles,
  type Fixture,
} from '../embed/frame.js';
import { endpointFor } from '../helpers/endpoint.js';
import { fillAll, nextEvent, pressSubmit } from '../helpers/form.js';

const TAGS = ['pinched-nerve-card', 'pinched-nerve-symptoms', 'pinched-nerve-check'];
const ESM = '/dist/pinched-nerve-widgets.js';
const IIFE = '/dist/pinched-nerve-widgets.iife.js';

/** Adds a script to a document, as a tag manager or a late plugin does; resolves once it ran. */
function addScript(doc: Document, src: string, module = false): Promise<void> {
  const script = doc.createElement('script');
  if (module) script.type = 'module';
  script.src = src;
  return new Promise((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    doc.body.append(script);
  });
}

const definitions = (win: Window) => TAGS.map((tag) => win.customElements.get(tag));

/** The widgets of an all-widgets page still work together: one send, card and list reach the form. */
async function expectWidgetsWork(fixture: Fixture) {
  const card = await rendered(fixture, 'pinched-nerve-card');
  const list = await rendered(fixture, 'pinched-nerve-symptoms');
  // Typed as this realm's class; it is the iframe's, with the same shape.
  const check = fixture.document.querySelector('pinched-nerve-check')!;
  await check.updateComplete;

  card.shadowRoot!.querySelector<HTMLElement>('[part="cta-button"]')!.click();
  await waitUntil(() => check.shadowRoot!.activeElement?.id === 'title', 'card did not reach form');
  expect(check.values.region).to.equal('lumbar');
  list.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[2]!.click();
  await check.updateComplete;
  expect(check.values.symptoms).to.deep.equal([symptoms.lumbar[2]]);

  const endpoint = endpointFor('ok');
  check.setAttribute('endpoint', endpoint.url);
  await fillAll(check);
  const sent = nextEvent(check, 'pinched-nerve-success');
  await pressSubmit(check);
  await sent;
  const { requests } = await endpoint.received();
  expect(requests, 'requests to the endpoint').to.have.length(1);
  expect(JSON.parse(requests[0]!.body).consent_text).to.contain('Twice Clinic');
}

describe('the script loaded twice', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  const seconds: [string, (doc: Document) => Promise<void>][] = [
    ['the module bundle again, from another URL', (doc) => addScript(doc, `${ESM}?again`, true)],
    ['the classic bundle, added after load', (doc) => addScript(doc, IIFE)],
    [
      'the classic bundle and the module bundle again',
      async (doc) => {
        await addScript(doc, `${IIFE}?late`);
        await addScript(doc, `${ESM}?late`, true);
      },
    ],
  ];
  for (const [what, load] of seconds) {
    it(`keeps the module bundle's widgets working after ${what}`, async () => {
      const fixture = await openFixture('all-widgets.html');
      await rendered(fixture, 'pinched-nerve-check');
      const first = definitions(fixture.window);
      await load(fixture.document);
      expect(definitions(fixture.window), 'the first definitions stay').to.deep.equal(first);
      // Widgets added after the second copy are the first copy's too.
      const late = fixture.document.createElement('pinched-nerve-card');
      fixture.document.body.append(late);
      expect(late.constructor).to.equal(first[0]);
      late.remove();
      await expectWidgetsWork(fixture);
      expect(fixture.window.__embed!.errors).to.deep.equal([]);
    });
  }

  it('keeps every widget working when the classic bundle is enqueued in <head> and the footer', async () => {
    const fixture = await openFixture('all-widgets-iife-twice.html');
    await expectWidgetsWork(fixture);
    expect(fixture.window.__embed!.errors).to.deep.equal([]);
  });

  it('lets a page that imports the package also load both bundles', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await addScript(document, IIFE);
      await addScript(document, ESM, true);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(definitions(window)).to.deep.equal([
      PinchedNerveCard,
      PinchedNerveSymptoms,
      PinchedNerveCheck,
    ]);
    // The classic bundle still hands out its own classes, unregistered, for subclassing.
    const bundled = (window as unknown as { PinchedNerveWidgets: Record<string, unknown> })
      .PinchedNerveWidgets;
    expect(Object.keys(bundled)).to.include.members([
      'PinchedNerveCard',
      'PinchedNerveSymptoms',
      'PinchedNerveCheck',
    ]);
    const card = document.createElement('pinched-nerve-card');
    document.body.append(card);
    try {
      expect(card).to.be.instanceOf(PinchedNerveCard);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="heading"]')).to.not.equal(null);
    } finally {
      card.remove();
    }
  });
});

/** Runs module code in a document, as a second plugin's `<script type="module">` does. */
function runModule(doc: Document, code: string): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.textContent = `${code}\ndocument.dispatchEvent(new Event('module-ran'));`;
  const ran = new Promise<void>((resolve) =>
    doc.addEventListener('module-ran', () => resolve(), { once: true }),
  );
  doc.body.append(script);
  return ran;
}

type Register = (lang: string, translation: unknown) => void;
const classicGlobal = (fixture: Fixture) =>
  (fixture.window as unknown as { PinchedNerveWidgets: { registerTranslation: Register } })
    .PinchedNerveWidgets;

describe('registerTranslation with two copies on the page', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  const consent = 'Second copy: {clinic} may call me about my answers.';
  const shown = 'Second copy: Twice Clinic may call me about my answers.';

  const cases: [string, string, (fixture: Fixture) => Promise<void>][] = [
    [
      'the classic bundle loaded after the module bundle',
      'all-widgets.html',
      async (fixture) => {
        await addScript(fixture.document, IIFE);
        classicGlobal(fixture).registerTranslation('en', { check: { consent: { text: consent } } });
      },
    ],
    [
      'the module bundle loaded after the classic bundle',
      'all-widgets-iife-twice.html',
      (fixture) =>
        runModule(
          fixture.document,
          `import { registerTranslation } from '${ESM}?second';
          registerTranslation('en', { check: { consent: { text: ${JSON.stringify(consent)} } } });`,
        ),
    ],
    [
      // The page's global is the last classic copy's, not the one that defined the tags.
      'the second of two classic bundles',
      'all-widgets-iife-twice.html',
      (fixture) => {
        classicGlobal(fixture).registerTranslation('en', { check: { consent: { text: consent } } });
        return Promise.resolve();
      },
    ],
  ];
  for (const [what, page, register] of cases) {
    it(`reaches every widget through ${what}: shown and sent`, async () => {
      const fixture = await openFixture(page);
      const check = (await rendered(fixture, 'pinched-nerve-check')) as PinchedNerveCheck;
      await register(fixture);
      await check.updateComplete;
      const endpoint = endpointFor('ok');
      check.setAttribute('endpoint', endpoint.url);
      await fillAll(check);
      const label = check.shadowRoot!.querySelector('label[for="f-consent"]');
      expect(label?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(shown);
      const sent = nextEvent(check, 'pinched-nerve-success');
      await pressSubmit(check);
      await sent;
      const { requests } = await endpoint.received();
      expect(requests).to.have.length(1);
      expect(JSON.parse(requests[0]!.body).consent_text).to.equal(shown);
      expect(fixture.window.__embed!.errors).to.deep.equal([]);
    });
  }
});

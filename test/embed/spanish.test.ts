import { expect, waitUntil } from '@open-wc/testing';
import type { en } from '../../src/content/en.js';
import { text } from '../helpers/text.js';
import { closeFixtures, openFixture, rendered, requireBundles, type Fixture } from './frame.js';
import { fetchSpanish } from '../helpers/spanish.js';

let es: typeof en;

/** The URLs of the translation files a fixture page requested. */
const localeRequests = (fixture: Fixture) =>
  fixture.window.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.includes('/locales/'));

describe('Spanish from the bundles', () => {
  before(async () => {
    await requireBundles();
    es = await fetchSpanish();
  });
  afterEach(closeFixtures);

  for (const kind of ['esm', 'iife']) {
    it(`the ${kind === 'esm' ? 'module' : 'classic'} bundle fetches Spanish from beside itself, under a strict CSP`, async () => {
      const fixture = await openFixture(`es-csp-${kind}.html`);
      const card = await rendered(fixture, 'pinched-nerve-card');
      const check = await rendered(fixture, 'pinched-nerve-check');
      const list = await rendered(fixture, 'pinched-nerve-symptoms');
      await waitUntil(
        () => text(card.shadowRoot!.querySelector('h2')) === es.card.heading,
        'the card never turned Spanish',
      );
      await waitUntil(() => text(check.shadowRoot!.querySelector('h2')) === es.check.heading);
      expect([...list.shadowRoot!.querySelectorAll('li')].map(text)).to.deep.equal(
        es.symptoms.lumbar,
      );
      expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
      // Each element's words, once each, whatever the number of widgets.
      expect(localeRequests(fixture).sort()).to.deep.equal(
        ['card', 'check', 'symptoms'].map((e) => `/dist/locales/es/${e}.json`),
      );
      expect(fixture.window.__embed!.violations).to.deep.equal([]);
      expect(fixture.window.__embed!.errors).to.deep.equal([]);
    });
  }

  it('an English page downloads no translation at all', async () => {
    const fixture = await openFixture('csp.html');
    await rendered(fixture, 'pinched-nerve-check');
    const card = await rendered(fixture, 'pinched-nerve-card');
    await card.updateComplete;
    expect(localeRequests(fixture)).to.deep.equal([]);
  });
});

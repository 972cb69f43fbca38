/**
 * The per-element files (issue 15): each defines only its element; modules share one chunk;
 * each element's words come with it; and any of them mixed with the all-in-one bundle, in
 * either order, define each element once and still work together.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { check as checkWords } from '../../src/content/check-en.js';
import { symptoms } from '../../src/content/en.js';
import { fetchSpanish } from '../helpers/spanish.js';
import { captureWarnings } from '../helpers/console.js';
import { text } from '../helpers/text.js';
import { closeFixtures, openFixture, rendered, requireBundles, type Fixture } from './frame.js';

const TAGS = ['pinched-nerve-card', 'pinched-nerve-symptoms', 'pinched-nerve-check'];

/** The fixture page with the dist/ files loaded one after the other, in this order. */
async function load(files: string[], lang = 'en'): Promise<Fixture> {
  const fixture = await openFixture(`per-element.html?lang=${lang}&load=${files.join(',')}`);
  await (fixture.window as unknown as { __loaded: Promise<void> }).__loaded;
  return fixture;
}

/** The paths of the files the fixture page downloaded whose path matches. */
const requested = (fixture: Fixture, match: RegExp) =>
  fixture.window.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => match.test(path));

interface Check extends HTMLElement {
  values: { region?: string; symptoms: string[] };
}

/** The card leads to the form, and the list's tick reaches it, across whichever files defined them. */
async function expectWorkingTogether(fixture: Fixture): Promise<void> {
  const card = await rendered(fixture, 'pinched-nerve-card');
  const check = (await rendered(fixture, 'pinched-nerve-check')) as unknown as Check;
  const list = await rendered(fixture, 'pinched-nerve-symptoms');
  const button = () => card.shadowRoot!.querySelector<HTMLElement>('[part="cta-button"]')!;
  await waitUntil(() => button().getAttribute('href') === '#form', 'the card never found the form');
  button().click();
  await waitUntil(() => check.shadowRoot!.activeElement?.id === 'title', 'form not focused');
  expect(check.values.region).to.equal('cervical');
  list.shadowRoot!.querySelector('input')!.click();
  await waitUntil(() => check.values.region === 'both', 'the list’s tick never reached the form');
  expect(check.values.symptoms).to.deep.equal([symptoms.lumbar[0]]);
  expect(fixture.window.__embed!.errors).to.deep.equal([]);
}

describe('the per-element files', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  for (const kind of ['.js', '.iife.js']) {
    it(`each ${kind} file defines only its own element`, async () => {
      for (const element of ['card', 'symptoms', 'check']) {
        const fixture = await load([`${element}${kind}`]);
        await rendered(fixture, `pinched-nerve-${element}`);
        const defined = TAGS.filter((tag) => fixture.window.customElements.get(tag));
        expect(defined, `${element}${kind}`).to.deep.equal([`pinched-nerve-${element}`]);
        expect(fixture.window.__embed!.errors).to.deep.equal([]);
        closeFixtures();
      }
    });
  }

  it('three modules on one page download the shared chunk once, and work together', async () => {
    const fixture = await load(['card.js', 'symptoms.js', 'check.js']);
    await expectWorkingTogether(fixture);
    expect(requested(fixture, /\/dist\/shared-[\w-]+\.js$/)).to.have.length(1);
    expect(requested(fixture, /pinched-nerve-widgets/)).to.deep.equal([]);
  });

  it('a card and a map drawn before the form’s file arrives lead to the form once it does', async () => {
    const fixture = await load(['card.js', 'map.js']);
    const card = await rendered(fixture, 'pinched-nerve-card');
    const map = await rendered(fixture, 'pinched-nerve-map');
    const href = (el: HTMLElement) =>
      el.shadowRoot!.querySelector('[part="cta-button"]')?.getAttribute('href');
    // No form yet: the map's button calls the clinic, and the card has no form to lead to.
    expect(href(map)).to.equal('tel:5550104477');
    expect(href(card)).to.not.equal('#form');
    const script = Object.assign(fixture.document.createElement('script'), {
      type: 'module',
      src: '/dist/check.js',
    });
    fixture.document.head.append(script);
    await waitUntil(() => href(map) === '#form', 'the map never found the form');
    await waitUntil(() => href(card) === '#form', 'the card never found the form');
    expect(fixture.window.__embed!.errors).to.deep.equal([]);
  });

  it('three classic files on one page work together', async () => {
    await expectWorkingTogether(await load(['card.iife.js', 'symptoms.iife.js', 'check.iife.js']));
  });

  it('a Spanish page fetches only the words of the elements it loads', async () => {
    const es = await fetchSpanish();
    const fixture = await load(['card.js'], 'es');
    const card = await rendered(fixture, 'pinched-nerve-card');
    await waitUntil(
      () => text(card.shadowRoot!.querySelector('h2')) === es.card.heading,
      'the card never turned Spanish',
    );
    expect(requested(fixture, /\/locales\//)).to.deep.equal(['/dist/locales/es/card.json']);
  });

  // Each pair in both orders: a per-element file first, or the all-in-one first.
  const pairs = [
    ['card.js', 'pinched-nerve-widgets.iife.js'],
    ['card.js', 'pinched-nerve-widgets.js'],
    ['check.js', 'pinched-nerve-widgets.iife.js'],
    ['symptoms.js', 'pinched-nerve-widgets.js'],
    ['card.iife.js', 'pinched-nerve-widgets.js'],
    ['check.iife.js', 'pinched-nerve-widgets.iife.js'],
  ];
  for (const pair of pairs) {
    for (const files of [pair, [...pair].reverse()]) {
      it(`defines each element once and works with ${files.join(' then ')}`, async () => {
        await expectWorkingTogether(await load(files));
      });
    }
  }
});

describe('words that arrive with a later element', () => {
  it('registerTranslation reaches an element whose file loads later, and checks its keys then', async () => {
    type Module = { registerTranslation(lang: string, words: unknown): void };
    const importDist = (file: string) =>
      import(/* @vite-ignore */ `/dist/${file}`) as Promise<Module>;
    const warnings = captureWarnings();
    try {
      const card = await importDist('card.js');
      card.registerTranslation('en', { check: { heading: 'Ask our team', hedaing: 'x' } });
      // The form's words are not here yet: nothing to check them against.
      expect(warnings.messages).to.deep.equal([]);
      await importDist('check.js');
      expect(warnings.messages).to.deep.equal([
        'registerTranslation("en"): ignoring unknown or mistyped keys: check.hedaing.',
      ]);
      const check = document.createElement('pinched-nerve-check');
      document.body.append(check);
      await (check as unknown as { updateComplete: Promise<void> }).updateComplete;
      expect(text(check.shadowRoot!.querySelector('h2'))).to.equal('Ask our team');
      expect(text(check.shadowRoot!.querySelector('[part="submit-button"]'))).to.equal(
        checkWords.continue,
      );
      check.remove();
    } finally {
      warnings.restore();
    }
  });
});

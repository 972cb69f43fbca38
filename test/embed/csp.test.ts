import { expect, waitUntil } from '@open-wc/testing';
import { expectWidgetsRendered } from './card-assertions.js';
import { closeFixtures, openFixture, rendered, requireBundles, type Fixture } from './frame.js';

/** Proves the page's recorder sees violations, so an empty list means none happened. */
async function expectRecorderCatchesViolations(fixture: Fixture): Promise<void> {
  const before = fixture.window.__embed!.violations.length;
  const seen = new Promise<void>((resolve) =>
    fixture.window.addEventListener('securitypolicyviolation', () => resolve(), { once: true }),
  );
  const img = fixture.document.createElement('img');
  img.src = '/blocked-by-default-src.png';
  fixture.document.body.append(img);
  await seen;
  expect(fixture.window.__embed!.violations).to.have.length(before + 1);
}

describe('the bundles under a strict Content-Security-Policy with Trusted Types', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  const pages = {
    'csp.html': 'the ES module',
    'csp-iife.html': 'the classic script',
    'csp-twice.html': "the classic script loaded twice, with 'allow-duplicates'",
  };
  for (const [page, what] of Object.entries(pages)) {
    it(`renders from ${what} without a single violation`, async () => {
      const fixture = await openFixture(page);
      await expectWidgetsRendered(fixture);
      expect(fixture.window.__embed!.violations).to.deep.equal([]);
      expect(fixture.window.__embed!.errors).to.deep.equal([]);
      await expectRecorderCatchesViolations(fixture);
    });
  }

  it('renders the form and its error summary from the ES module without a violation', async () => {
    const fixture = await openFixture('csp.html');
    const check = await rendered(fixture, 'pinched-nerve-check');
    const root = check.shadowRoot!;
    expect(root.querySelector('#f-region')).to.not.equal(null);
    root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await check.updateComplete;
    expect(root.querySelector('.error-summary')).to.not.equal(null);
    expect(fixture.window.__embed!.violations).to.deep.equal([]);
    expect(fixture.window.__embed!.errors).to.deep.equal([]);
  });

  it('renders while the page enforces Trusted Types on every HTML sink', async function () {
    const fixture = await openFixture('csp.html');
    await expectWidgetsRendered(fixture);
    if (!('trustedTypes' in fixture.window)) this.skip();
    const div = fixture.document.createElement('div');
    expect(() => (div.innerHTML = '<b>a plain string</b>'))
      .to.throw()
      .with.property('name', 'TypeError');
  });
});

/**
 * Every pair of files the docs and the WordPress plugin load together carries two copies of Lit,
 * and each creates a Trusted Types policy named "lit-html". Under the policy the docs recommend
 * ('allow-duplicates' included) all four elements must be defined and drawn, with no violation.
 */
describe('two copies of Lit under the documented Trusted Types policy', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  const tags = [
    'pinched-nerve-card',
    'pinched-nerve-symptoms',
    'pinched-nerve-map',
    'pinched-nerve-check',
  ];
  const pairs = {
    'csp-pair-iife-map.html': 'the classic all-in-one, then map.iife.js',
    'csp-pair-map-iife.html': 'map.iife.js, then the classic all-in-one',
    'csp-pair-modules.html': 'the all-in-one module and map.js (the plugin on WordPress 6.5+)',
    'csp-pair-mixed.html': 'card.js, then the all-in-one module, then map.js',
  };
  for (const [page, what] of Object.entries(pairs)) {
    it(`defines and draws all four elements from ${what}`, async () => {
      const fixture = await openFixture(page);
      for (const tag of tags) {
        const el = await rendered(fixture, tag);
        expect(el.shadowRoot!.childElementCount, `${tag} drew nothing`).to.be.greaterThan(0);
      }
      expect(fixture.window.__embed!.violations).to.deep.equal([]);
      expect(fixture.window.__embed!.errors).to.deep.equal([]);
    });
  }

  it("without 'allow-duplicates', leaves the second file's elements undefined (what the docs say)", async function () {
    const fixture = await openFixture('csp-pair-no-duplicates.html');
    await rendered(fixture, 'pinched-nerve-check');
    if (!('trustedTypes' in fixture.window)) this.skip();
    await waitUntil(
      () => fixture.window.__embed!.errors.length > 0,
      'the second copy did not throw',
    );
    expect(fixture.window.customElements.get('pinched-nerve-map')).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
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

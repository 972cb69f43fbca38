import { expect } from '@open-wc/testing';
import { expectWidgetsRendered } from './card-assertions.js';
import { closeFixtures, openFixture, requireBundles } from './frame.js';

describe('the script-tag bundles', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  it('renders the card and a symptom list from the ES module on a plain page', async () => {
    await expectWidgetsRendered(await openFixture('esm.html'));
  });

  it('renders the card and a symptom list from the classic script on a plain page', async () => {
    const fixture = await openFixture('iife.html');
    await expectWidgetsRendered(fixture);
    expect(fixture.window).to.have.property('PinchedNerveWidgets');
  });

  it('keeps working when the classic script is loaded twice', async () => {
    const fixture = await openFixture('iife-twice.html');
    await expectWidgetsRendered(fixture);
    expect(fixture.window.__embed!.errors).to.deep.equal([]);
  });

  it('keeps working when a page loads both the module and the classic script', async () => {
    const fixture = await openFixture('esm-and-iife.html');
    await expectWidgetsRendered(fixture);
    expect(fixture.window.__embed!.errors).to.deep.equal([]);
  });

  for (const file of ['pinched-nerve-widgets.js', 'pinched-nerve-widgets.iife.js']) {
    it(`ships Lit's production build, without dev-mode warnings, in ${file}`, async () => {
      const code = await (await fetch(`/dist/${file}`)).text();
      expect(code).to.not.contain('Lit is in dev mode');
      expect(code).to.not.contain('litIssuedWarnings');
    });
  }
});

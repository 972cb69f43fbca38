import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { closeFixtures, openFixture, rendered, requireBundles, type Fixture } from './frame.js';

// Every rule of every element's styles, as the source has them, is in each shipped file:
// test/build/fidelity.test.ts compares them. Here, the ring a keyboard user sees.
const TAGS = ['pinched-nerve-card', 'pinched-nerve-symptoms', 'pinched-nerve-check'];

/** The focused control, through shadow roots. */
const focused = (fixture: Fixture) => {
  let el = fixture.document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

/**
 * Tabs from the page's first button through every widget to the form's first control, and
 * returns each control's focus outline, with the widget it is in.
 */
async function tabThrough(fixture: Fixture) {
  for (const tag of TAGS) await rendered(fixture, tag);
  fixture.window.focus();
  fixture.document.querySelector<HTMLElement>('#start')!.focus();
  const seen: { in: string; control: string; style: string; width: number; color: string }[] = [];
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const host = fixture.document.activeElement?.localName ?? '';
    const control = focused(fixture)!;
    const outline = fixture.window.getComputedStyle(control);
    seen.push({
      in: host,
      control: control.localName,
      style: outline.outlineStyle,
      width: parseFloat(outline.outlineWidth),
      color: outline.outlineColor,
    });
    if (host === 'pinched-nerve-check') break;
  }
  return seen;
}

/**
 * Each control has the widgets' own ring: a solid outline at least 2px wide, in
 * `--pnw-focus-color` (#ffbf47) unless forced colours replace it. A browser's own ring is
 * `auto`, so it does not pass for ours.
 */
function expectRings(seen: Awaited<ReturnType<typeof tabThrough>>, color?: string) {
  const hosts = seen.map((s) => s.in);
  // WebKit, like Safari, does not Tab to links (the card has only links); the others do.
  expect(hosts).to.include('pinched-nerve-symptoms');
  expect(hosts).to.include('pinched-nerve-check');
  for (const control of seen.filter((s) => s.in.startsWith('pinched-nerve-'))) {
    expect(control.style, JSON.stringify(control)).to.equal('solid');
    expect(control.width, JSON.stringify(control)).to.be.at.least(2);
    if (color) expect(control.color, JSON.stringify(control)).to.equal(color);
  }
}

describe('the focus ring in the built bundles', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  for (const [bundle, page] of [
    ['ES module', 'focus-esm.html'],
    ['classic script', 'focus-iife.html'],
  ]) {
    it(`draws a focus ring at least 2px wide on each control reached with Tab, from the ${bundle} bundle`, async () => {
      expectRings(await tabThrough(await openFixture(page!)), 'rgb(255, 191, 71)');
    });

    it(`draws a focus ring in forced-colors mode too, from the ${bundle} bundle (Chromium only: the one engine that can emulate forced colors)`, async function () {
      try {
        await executeServerCommand('emulate-forced-colors', { forcedColors: 'active' });
      } catch {
        this.skip(); // Firefox and WebKit: no way to emulate forced colors from a test
      }
      try {
        const fixture = await openFixture(page!);
        expect(fixture.window.matchMedia('(forced-colors: active)').matches).to.equal(true);
        expectRings(await tabThrough(fixture));
      } finally {
        await executeServerCommand('emulate-forced-colors', {});
      }
    });
  }
});

import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../dist/map.js';
import type { PinchedNerveMap } from '../../src/map/pinched-nerve-map.component.js';
import { visualDiff } from '../helpers/visual-diff.js';
import { drawn } from '../helpers/drawn.js';

/**
 * Pictures of the figure as the shipped file (dist/map.js) draws it, compared with the
 * references in test/map/screenshots/<engine>/baseline/ (engines draw curves and text a little
 * differently, so each has its own): each root chosen in the default (light) theme, an arm and
 * a leg root in the demo's dark theme (demo/themes.css), one in a brand theme, and, in Chromium
 * (the one engine that can emulate them), forced colours. Each picture holds both views. Only
 * the figure is pictured: the words are tested as text.
 *
 * After a change to the drawing on purpose, build (`npm run build`), write new references and
 * look at them before committing:
 * `UPDATE_SCREENSHOTS=1 npx web-test-runner --files test/map/pictures.test.ts`.
 */
const LOOKS: [name: string, className: string, root: string][] = [
  ...['C5', 'C6', 'C7', 'C8', 'L3', 'L4', 'L5', 'S1'].map((root): [string, string, string] => [
    `light-${root}`,
    '',
    root,
  ]),
  ['dark-C8', 'theme-dark', 'C8'],
  ['dark-S1', 'theme-dark', 'S1'],
  ['bold-L5', 'theme-bold', 'L5'],
];

before(async () => {
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: '/demo/themes.css',
  });
  // Only the figure is pictured: the words above it are hidden (through the map's parts).
  const above = document.createElement('style');
  above.textContent =
    '.pictured::part(heading), .pictured::part(intro), .pictured::part(note) { display: none }';
  document.head.append(link, above);
  await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
});

/** Draws a map in a 360 px column and compares its figure with the reference `map-<name>`. */
async function picture(name: string, className: string, root: string): Promise<void> {
  const box = await drawn(
    await fixture<HTMLElement>(
      html`<div class=${className} style="width: 360px; padding: 0; font: 16px serif">
        <pinched-nerve-map class="pictured" root=${root}></pinched-nerve-map>
      </div>`,
    ),
  );
  const el = box.firstElementChild as PinchedNerveMap;
  await el.updateComplete;
  await document.fonts.ready;
  const figure = el.shadowRoot!.querySelector('svg')!;
  // Two frames, so the engine has painted what it drew (WebKit under load once sent a
  // half-painted picture without this).
  await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
  await visualDiff(figure, `map-${name}`);
}

/**
 * WebKitGTK's WebDriver returns element screenshots that are black in whole or in part under
 * this machine's Xvfb (the references main had for WebKit were mostly black too), so a WebKit
 * reference would compare black with black: WebKit's pictures are reported as skipped until
 * its screenshots show what it draws.
 */
const blindEngine = () =>
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

describe('<pinched-nerve-map> pictures, from dist/map.js', function () {
  // A screenshot is slow on a busy machine.
  this.timeout(30000);
  beforeEach(function () {
    if (blindEngine()) this.skip();
  });
  for (const [name, className, root] of LOOKS)
    it(`draws the figure as before: ${name}`, () => picture(name, className, root));

  it('draws the figure as before in forced colours (Chromium only: the one engine that can emulate them)', async function () {
    try {
      await executeServerCommand('emulate-forced-colors', { forcedColors: 'active' });
    } catch {
      // Chromium only, through its DevTools protocol (test/server/chromium-commands.mjs).
    }
    if (!matchMedia('(forced-colors: active)').matches) this.skip(); // reported as skipped
    try {
      await picture('forced-C6', '', 'C6');
    } finally {
      await executeServerCommand('emulate-forced-colors', {}).catch(() => {});
    }
  });
});

import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '../helpers/visual-diff.js';
import '../../dist/map.js';
import type { PinchedNerveMap } from '../../src/map/pinched-nerve-map.component.js';
import { ROOTS } from '../../src/map/roots.js';
import { drawn } from '../helpers/drawn.js';

/**
 * Pictures of the figure with each root chosen, in the default (light) theme and the demo's
 * dark theme (demo/themes.css), in a 360 px and a 1200 px wide column, compared with the
 * references in test/map/screenshots/<engine>/baseline/ (engines draw curves and text a little
 * differently, so each has its own). Only the figure is pictured: the words are tested as text.
 *
 * After a change to the drawing on purpose, write new references and look at them before
 * committing: `UPDATE_SCREENSHOTS=1 npx web-test-runner --files test/map/pictures.test.ts`.
 */
const THEMES = { light: '', dark: 'theme-dark' };
const WIDTHS = [360, 1200];

before(async () => {
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: '/demo/themes.css',
  });
  document.head.append(link);
  await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
});

describe('<pinched-nerve-map> pictures', function () {
  // A screenshot is slow on a busy machine.
  this.timeout(30000);
  for (const [theme, className] of Object.entries(THEMES))
    for (const width of WIDTHS)
      for (const root of ROOTS)
        it(`draws ${root}’s area as before: ${theme} theme, ${width} px`, async () => {
          const box = await drawn(
            await fixture<HTMLElement>(
              html`<div class=${className} style="width: ${width}px; padding: 0; font: 16px serif">
                <pinched-nerve-map root=${root}></pinched-nerve-map>
              </div>`,
            ),
          );
          const el = box.firstElementChild as PinchedNerveMap;
          await el.updateComplete;
          await document.fonts.ready;
          // Two frames, so the engine has painted what it drew (WebKit under load once sent a
          // half-painted picture without this).
          await new Promise((painted) =>
            requestAnimationFrame(() => requestAnimationFrame(painted)),
          );
          await visualDiff(el.shadowRoot!.querySelector('svg')!, `map-${theme}-${width}-${root}`);
        });
});

// `node scripts/bench/heights.mjs`: prints the table of each widget's height by column width
// behind the "No jumping page while the script loads" recipe (docs/clinic-website.md), measured
// in Chromium and Firefox. Needs a build.
/* global document, requestAnimationFrame */
import { fileURLToPath } from 'node:url';
import { BUNDLES, HEIGHT_ENGINES, drawnInTheirLanguage, table } from './common.mjs';
import { benchServer, bundleTag, head } from './render.mjs';

const HEIGHT_WIDTHS = [288, 320, 343, 358, 380, 400, 480, 560, 640, 720, 800, 960];
const HEIGHT_VARIANTS = [
  ['card', '<pinched-nerve-card></pinched-nerve-card>'],
  ['card, region="cervical"', '<pinched-nerve-card region="cervical"></pinched-nerve-card>'],
  ['card, region="lumbar"', '<pinched-nerve-card region="lumbar"></pinched-nerve-card>'],
  ['check (step 1)', '<pinched-nerve-check endpoint="/x"></pinched-nerve-check>'],
  [
    'check, layout="single"',
    '<pinched-nerve-check endpoint="/x" layout="single"></pinched-nerve-check>',
  ],
  [
    'symptoms, region="lumbar"',
    '<pinched-nerve-symptoms region="lumbar"></pinched-nerve-symptoms>',
  ],
  [
    'symptoms, cervical, selectable',
    '<pinched-nerve-symptoms region="cervical" selectable></pinched-nerve-symptoms>',
  ],
  // Spanish words are longer.
  ['card, lang="es"', '<pinched-nerve-card lang="es"></pinched-nerve-card>'],
  [
    'check (step 1), lang="es"',
    '<pinched-nerve-check endpoint="/x" lang="es"></pinched-nerve-check>',
  ],
];

/** Each widget's rendered height in a column of each width: 16px system-ui text, no theme. */
async function heights() {
  const styles = 'body{margin:0;font:16px/1.5 system-ui,sans-serif}.c{margin-bottom:40px}';
  const page = `${head(`<style>${styles}</style>${bundleTag(BUNDLES[0])}`)}<body>${HEIGHT_VARIANTS.map(([, html]) => `<div class="c">${html}</div>`).join('')}</body></html>`;
  const { server, origin } = await benchServer(new Map([['/heights.html', page]]));
  const tallest = HEIGHT_VARIANTS.map(() => HEIGHT_WIDTHS.map(() => 0));
  const versions = [];
  try {
    for (const [name, start] of HEIGHT_ENGINES) {
      const browser = await start();
      try {
        versions.push(`${name} ${await browser.version()}`);
        const tab = await browser.newPage();
        await tab.setViewport({ width: 1000, height: 900 });
        await tab.goto(`${origin}/heights.html`, { waitUntil: 'load' });
        await tab.waitForFunction(drawnInTheirLanguage, {}, '.c > *');
        for (const [j, width] of HEIGHT_WIDTHS.entries()) {
          const measured = await tab.evaluate(async (width) => {
            for (const c of document.querySelectorAll('.c')) c.style.width = `${width}px`;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            return [...document.querySelectorAll('.c > *')].map((host) => {
              const top = host.getBoundingClientRect().top;
              const bottoms = [...host.shadowRoot.children].map(
                (c) => c.getBoundingClientRect().bottom,
              );
              return Math.max(0, ...bottoms) - top;
            });
          }, width);
          measured.forEach((h, i) => (tallest[i][j] = Math.max(tallest[i][j], Math.ceil(h))));
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  console.log(
    `Rendered height (px) by the width of the widget's column; the taller of ${versions.join(' and ')}.\n`,
  );
  table(
    ['widget', ...HEIGHT_WIDTHS.map((w) => `${w}px`)],
    HEIGHT_VARIANTS.map(([name], i) => [name, ...tallest[i]]),
  );
}
if (process.argv[1] === fileURLToPath(import.meta.url)) await heights();

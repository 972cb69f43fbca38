// `npm run bench` (BENCH_ONLY=cls), or alone: the demo pages' layout shift with their script
// held back until after first paint, with and without demo/reserve-space*.css, from Chromium's
// PerformanceObserver('layout-shift'). Needs a build.
/* global window */
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../serve-demo.mjs';
import { drawnInTheirLanguage, frames, launch, table } from './common.mjs';

const DEMO_PAGES = ['/', '/es.html', '/errors.html', '/wordpress.html', '/themes.html'];
const SHIFT_WIDTHS = [360, 412, 768, 1024, 1280, 1440];
const SCRIPT_DELAY_MS = 1000;
const RESERVE_CSS = /^\/reserve-space[\w-]*\.css$/;

/**
 * Opens a demo page with /dist/ held back SCRIPT_DELAY_MS (a slow CDN or phone network: the page
 * paints before the widgets exist) and sums its layout-shift entries once everything rendered.
 * `reserve: false` serves demo/reserve-space*.css empty.
 */
async function demoShift(browser, url, { width, height, reserve }) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height });
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/dist/')) setTimeout(() => request.continue(), SCRIPT_DELAY_MS);
    else if (RESERVE_CSS.test(pathname) && !reserve) {
      request.respond({ status: 200, contentType: 'text/css', body: '' });
    } else request.continue();
  });
  await tab.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries())).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(
    drawnInTheirLanguage,
    { timeout: 10000 },
    'pinched-nerve-card, pinched-nerve-check, pinched-nerve-symptoms',
  );
  await frames(tab, 3);
  const cls = await tab.evaluate(() =>
    window.__shifts.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0),
  );
  await tab.close();
  return cls;
}

export async function cls() {
  console.log(
    `\n## Layout shift: demo pages, bundle held back ${SCRIPT_DELAY_MS} ms, Chromium's layout-shift entries\n`,
  );
  const demo = await startDemoServer({ port: 0, log: () => {} });
  const browser = await launch();
  try {
    const rows = [];
    for (const path of DEMO_PAGES) {
      for (const [label, height] of [
        ['viewport 900 px high', 900],
        ['whole page in view', 9000],
      ]) {
        const cells = [path, label];
        for (const reserve of [false, true]) {
          const values = [];
          for (const width of SHIFT_WIDTHS) {
            values.push(
              await demoShift(browser, `${demo.url}${path.slice(1)}`, { width, height, reserve }),
            );
          }
          cells.push(values.map((v) => (v === 0 ? '0' : v.toFixed(3))).join(' / '));
        }
        rows.push(cells);
      }
    }
    table(
      [
        'page',
        'viewport',
        `CLS without reservation (${SHIFT_WIDTHS.join(' / ')} px)`,
        'CLS with demo/reserve-space*.css',
      ],
      rows,
    );
  } finally {
    await browser.close();
    await demo.close();
  }
}
if (process.argv[1] === fileURLToPath(import.meta.url)) await cls();

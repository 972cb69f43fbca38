// `node scripts/generate-reserve-space.mjs`: measures the widgets on the demo pages at every
// width from 300 to 1400 px, in Chromium and Firefox, and writes demo/reserve-space*.css, the
// space each page holds for its widgets so nothing moves when the script arrives late. Run it
// after a change to the widgets' styles or the demo's layout: test/embed/layout-shift.test.ts
// fails, and names this script, when a widget no longer fits the space its file reserves.
// Needs a build.
/* global document */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, HEIGHT_ENGINES, drawnInTheirLanguage, frames } from './bench/common.mjs';
import { startDemoServer } from './serve-demo.mjs';

/** Which widgets to reserve space for, page by page, and the selector each rule uses. */
const RESERVE_TARGETS = [
  ...['card', 'map', 'check'].map((tag) => ({
    path: '/',
    file: 'reserve-space.css', // index.html and errors.html: the same article column
    selector: `.article pinched-nerve-${tag}`,
  })),
  // The Spanish page: the same column, with longer words.
  ...['card', 'check'].map((tag) => ({
    path: '/es.html',
    file: 'reserve-space-es.css',
    selector: `.article pinched-nerve-${tag}`,
  })),
  ...['symptoms', 'check'].map((tag) => ({
    path: '/wordpress.html',
    file: 'reserve-space-wordpress.css',
    selector: `.entry-content pinched-nerve-${tag}`,
  })),
  ...['clinical', 'bold', 'sharp', 'dark'].flatMap((theme) =>
    ['card', 'check', 'map'].map((tag) => ({
      path: '/themes.html',
      file: 'reserve-space-themes.css',
      selector: `.theme-${theme} pinched-nerve-${tag}`,
    })),
  ),
];
const RESERVE_FROM = 300;
const RESERVE_TO = 1400; // every demo layout has reached its widest by here
const RESERVE_STEP = 2;
// Ranges of viewport width with one straight line each; 1024 is the demo's sidebar breakpoint.
const RESERVE_BREAKS = [
  300, 340, 370, 400, 440, 480, 520, 560, 600, 640, 720, 800, 880, 960, 1024, 1104, 1184, 1264,
];
// A Windows or desktop Linux scrollbar takes this much of 100vw; the page's column is narrower
// by that much there than in headless Chromium, whose scrollbars overlay. Phones' scrollbars
// overlay too, so below a desktop window's width this slack is left out.
const SCROLLBAR = 18;
const SCROLLBAR_FROM = 600;
// Room for other engines' and fonts' rounding; measured heights are Chromium's with DejaVu Sans.
const SLACK = 12;

/**
 * The height of each widget's own rendered content (what its min-height must hold) at every
 * width. The reservation already in place changes no widths, so it can stay.
 */
async function measureHeights(browser, origin, path, finds) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: RESERVE_FROM, height: 900 });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(drawnInTheirLanguage, {}, finds.join(', '));
  const rows = [];
  for (let width = RESERVE_FROM; width <= RESERVE_TO; width += RESERVE_STEP) {
    await tab.setViewport({ width, height: 900 });
    await frames(tab, 2);
    const heights = await tab.evaluate(
      (finds) =>
        finds.map((f) => {
          const host = document.querySelector(f);
          const top = host.getBoundingClientRect().top;
          const bottoms = [...host.shadowRoot.children].map(
            (c) => c.getBoundingClientRect().bottom,
          );
          return Math.max(0, ...bottoms) - top;
        }),
      finds,
    );
    rows.push({ width, heights });
  }
  await tab.close();
  return rows;
}

/** The line over [from, to) that stays above every point and wastes least (an upper-hull edge). */
function upperLine(points) {
  const hull = [];
  for (const p of [...points].sort((a, b) => a.x - b.x)) {
    while (hull.length >= 2) {
      const [a, b] = hull.slice(-2);
      if ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= 0) hull.pop();
      else break;
    }
    hull.push(p);
  }
  let best = { slope: 0, waste: Infinity };
  const candidates =
    hull.length < 2 ? [[hull[0], hull[0]]] : hull.slice(1).map((b, i) => [hull[i], b]);
  for (const [a, b] of candidates) {
    // Rounded to 3 decimals, then the intercept raised until no point is above the line.
    const slope = b.x === a.x ? 0 : Math.round(((b.y - a.y) / (b.x - a.x)) * 1000) / 1000;
    const x0 = points[0].x;
    const y0 = Math.ceil(Math.max(...points.map((p) => p.y - slope * (p.x - x0))));
    const waste = points.reduce((sum, p) => sum + y0 + slope * (p.x - x0) - p.y, 0);
    if (waste < best.waste) best = { slope, x0, y0, waste };
  }
  return best;
}

async function reserve() {
  const demo = await startDemoServer({ port: 0, log: () => {} });
  const versions = [];
  const files = new Map(); // file -> range -> css lines
  const spare = [];
  try {
    for (const path of [...new Set(RESERVE_TARGETS.map((t) => t.path))]) {
      const targets = RESERVE_TARGETS.filter((t) => t.path === path);
      let rows = null;
      for (const [name, start] of HEIGHT_ENGINES) {
        const browser = await start();
        try {
          if (versions.length < HEIGHT_ENGINES.length)
            versions.push(`${name} ${await browser.version()}`);
          const measured = await measureHeights(
            browser,
            demo.url.replace(/\/$/, ''),
            path,
            targets.map((t) => t.selector),
          );
          rows = rows
            ? rows.map((r, k) => ({
                width: r.width,
                heights: r.heights.map((h, i) => Math.max(h, measured[k].heights[i])),
              }))
            : measured;
        } finally {
          await browser.close();
        }
      }
      targets.forEach((target, i) => {
        const height = new Map(rows.map((r) => [r.width, r.heights[i]]));
        // What the widget needs at viewport width w: its height here, or at up to a scrollbar
        // narrower, whichever is taller, plus the slack.
        const need = (w) => {
          let h = 0;
          for (let d = 0; d <= (w >= SCROLLBAR_FROM ? SCROLLBAR : 0); d += RESERVE_STEP)
            h = Math.max(h, height.get(Math.max(RESERVE_FROM, w - d)) ?? 0);
          return h + SLACK;
        };
        if (!files.has(target.file)) files.set(target.file, new Map());
        const rules = files.get(target.file);
        let most = { px: 0, at: 0 };
        RESERVE_BREAKS.forEach((from, j) => {
          const to = RESERVE_BREAKS[j + 1] ?? RESERVE_TO + RESERVE_STEP;
          const points = rows
            .filter((r) => r.width >= from && r.width < to)
            .map((r) => ({ x: r.width, y: need(r.width) }));
          const line = upperLine(points);
          const flat = line.slope === 0 || to > RESERVE_TO;
          const at = (x) =>
            flat ? Math.max(...points.map((p) => p.y)) : line.y0 + line.slope * (x - line.x0);
          for (const p of points) {
            const extra = at(p.x) - height.get(p.x);
            if (extra > most.px) most = { px: extra, at: p.x };
          }
          const value = flat
            ? `${Math.ceil(at(from))}px`
            : `calc(${line.y0}px ${line.slope < 0 ? '-' : '+'} ${Math.abs(line.slope)} * (100vw - ${line.x0}px))`;
          const range =
            j === 0
              ? `(max-width: ${to - 0.02}px)`
              : to > RESERVE_TO
                ? `(min-width: ${from}px)`
                : `(min-width: ${from}px) and (max-width: ${to - 0.02}px)`;
          if (!rules.has(range)) rules.set(range, []);
          rules.get(range).push(`  ${target.selector} {\n    min-height: ${value};\n  }`);
        });
        spare.push(
          `${target.selector}: at most ${Math.round(most.px)}px more than it needs (at ${most.at}px)`,
        );
      });
    }
  } finally {
    await demo.close();
  }
  for (const [file, rules] of files) {
    const css = `/* Generated by \`node scripts/generate-reserve-space.mjs\`: do not edit by hand. Regenerate it
   when the widgets' styles or the demo's layout change; test/embed/layout-shift.test.ts fails
   when it is out of date.

   Measured on the demo page every ${RESERVE_STEP}px from ${RESERVE_FROM} to ${RESERVE_TO}px wide, in
   ${versions.join(' and ')} (the taller of the two).

   Each widget gets a min-height, before and after its script runs, that is at least its rendered
   height at every width: one straight line per range of widths, plus ${SLACK}px of slack, and
   from ${SCROLLBAR_FROM}px up a desktop scrollbar's width (${SCROLLBAR}px). So neither the widget growing nor the widget shrinking moves
   the page below it. The README's "No layout shift" recipe is the hand-written version. */

pinched-nerve-card,
pinched-nerve-check,
pinched-nerve-symptoms,
pinched-nerve-map {
  display: block;
}

${[...rules].map(([range, lines]) => `@media ${range} {\n${lines.join('\n')}\n}`).join('\n\n')}
`;
    await writeFile(join(ROOT, 'demo', file), css);
    console.log(`Wrote demo/${file}.`);
  }
  console.log(spare.join('\n'));
}

await reserve();

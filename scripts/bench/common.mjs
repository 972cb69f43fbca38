// What the benchmarks (scripts/bench/*.mjs) and the reserved-space generator share: Markdown
// tables, medians, the phone they emulate and the browsers they launch.
/* global document, requestAnimationFrame */
import { fileURLToPath } from 'node:url';
import { launchers } from '../../test/helpers/launchers.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLES = ['pinched-nerve-widgets.js', 'pinched-nerve-widgets.iife.js'];
// Chrome DevTools' and Lighthouse's "mid-tier mobile": 4x CPU slowdown, a 412 px wide phone.
export const CPU_SLOWDOWN = 4;
export const PHONE = {
  width: 412,
  height: 823,
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
export const ms = (n) => `${Math.round(n)} ms`;
/** Prints a Markdown table, so the output pastes into BENCHMARKS.md as it is. */
export function table(head, rows) {
  const cells = [head, ...rows].map((r) => r.map(String));
  const width = head.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(width[i])).join(' | ')} |`;
  console.log(
    [line(cells[0]), line(width.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n'),
  );
}
export const launch = () => launchers.chromium();
export const frames = (page, n = 2) =>
  page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
        next(n);
      }),
    n,
  );

/**
 * In the page: every widget `selectors` finds has drawn, in its language, its own `lang` or else
 * the page's (one in another language draws English until its words arrive).
 */
export function drawnInTheirLanguage(selectors) {
  return [...document.querySelectorAll(selectors)].every((host) => {
    // What Lit drew (the hidden fallback slot is there from the start).
    const root = [...(host.shadowRoot?.children ?? [])].find((c) => c.localName !== 'slot');
    const lang = host.lang || document.documentElement.lang;
    return root && (!lang || lang === 'en' || root.getAttribute('lang') === lang);
  });
}

/** The reserved space and the table of heights are measured in both: they lay the same fonts out a few pixels apart. */
export const HEIGHT_ENGINES = [
  ['Chromium', launchers.chromium],
  ['Firefox', launchers.firefox],
];

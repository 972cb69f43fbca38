// `npm run bench`: what the widgets cost a patient's phone, measured in one run, each job in
// scripts/bench/ (each also runs alone: `node scripts/bench/render.mjs`). Figures only, no
// pass/fail (the size budget lives in test/package/size.test.mjs, the layout-shift check in
// test/embed/layout-shift.test.ts). Results go to BENCHMARKS.md by hand, with the machine.
//
//   sizes       bundle sizes beside Lit's floor, five typical pages, where the bytes go
//   render      50 cards + 10 forms vs. the same page as static HTML
//   cls         the demo pages with the script held back until after first paint
//   lighthouse  the demo pages, Lighthouse's default (mobile) run
//
// BENCH_ONLY=sizes,render,cls,lighthouse picks jobs; BENCH_RUNS (default 15) page loads per
// render figure; BENCH_LH_RUNS (default 3) Lighthouse runs per page; CHROME_PATH as in
// scripts/browsers.mjs. Not here: scripts/generate-reserve-space.mjs writes
// demo/reserve-space*.css, and scripts/bench/heights.mjs prints the heights table.
import { launch } from './bench/common.mjs';

const JOBS = ['sizes', 'render', 'cls', 'lighthouse'];
const only = (process.env.BENCH_ONLY ?? JOBS.join(',')).split(',');
const unknown = only.filter((job) => !JOBS.includes(job));
if (unknown.length)
  throw new Error(`BENCH_ONLY: no job ${unknown.join(', ')} (${JOBS.join(', ')})`);

const browser = await launch();
const chromium = await browser.version();
await browser.close();
console.log(`# npm run bench, ${new Date().toISOString()}, ${chromium}, Node ${process.version}`);
for (const job of JOBS.filter((j) => only.includes(j))) {
  const module = await import(`./bench/${job}.mjs`);
  await module[job]();
}

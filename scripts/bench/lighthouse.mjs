// `npm run bench` (BENCH_ONLY=lighthouse), or alone: Lighthouse's default (mobile) run on the
// demo pages, median of BENCH_LH_RUNS (default 3). Needs a build.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { browsers } from '../browsers.mjs';
import { startDemoServer } from '../serve-demo.mjs';
import { ROOT, median, ms, table } from './common.mjs';

const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);

const LH_PAGES = ['/', '/es.html', '/wordpress.html', '/themes.html'];

async function lighthouseOnce(url, outputPath) {
  const bin = join(ROOT, 'node_modules', '.bin', 'lighthouse');
  await promisify(execFile)(
    bin,
    [
      url,
      '--output=json',
      `--output-path=${outputPath}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${browsers.chromium.args.join(' ')}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: browsers.chromium.path }, maxBuffer: 1 << 26 },
  );
  return JSON.parse(await readFile(outputPath, 'utf8'));
}

export async function lighthouse() {
  console.log(
    `\n## Lighthouse (default mobile run: simulated 4x CPU and slow 4G), median of ${LH_RUNS} runs\n`,
  );
  const version = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
  ).version;
  const demo = await startDemoServer({ port: 0, log: () => {} });
  const dir = await mkdtemp(join(tmpdir(), 'pnw-lighthouse-'));
  const rows = [];
  const failing = new Map();
  const blocking = [];
  try {
    for (const path of LH_PAGES) {
      const runs = [];
      for (let i = 0; i < LH_RUNS; i++) {
        const lhr = await lighthouseOnce(`${demo.url}${path.slice(1)}`, join(dir, `lh-${i}.json`));
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        runs.push(lhr);
        for (const category of Object.values(lhr.categories)) {
          for (const ref of category.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
              failing.set(`${path} ${category.id}: ${ref.id}`, audit.displayValue ?? audit.score);
            }
          }
        }
      }
      // Which tasks blocked, in each run: only those after the first paint count towards TBT, and
      // only their time beyond 50 ms (Lighthouse simulates a 4x slower CPU).
      const fcp = (r) => r.audits['first-contentful-paint'].numericValue;
      runs.forEach((r, i) => {
        const late = (r.audits['long-tasks'].details?.items ?? []).filter(
          (t) => t.startTime + t.duration > fcp(r) && t.duration > 50,
        );
        if (late.length)
          blocking.push(
            `- ${path}, run ${i + 1}: ${late
              .map((t) => `${ms(t.duration)} (${t.url.replace(/^https?:\/\/[^/]+/, '')})`)
              .join(', ')}`,
          );
      });
      const score = (id) => Math.round(median(runs.map((r) => r.categories[id].score)) * 100);
      const metric = (id) => median(runs.map((r) => r.audits[id].numericValue));
      rows.push([
        path,
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        score('seo'),
        ms(metric('total-blocking-time')),
        runs.map((r) => Math.round(r.audits['total-blocking-time'].numericValue)).join(', '),
        String(Number(metric('cumulative-layout-shift').toFixed(3))),
        `${(metric('first-contentful-paint') / 1000).toFixed(1)} s`,
        `${(metric('largest-contentful-paint') / 1000).toFixed(1)} s`,
      ]);
    }
    table(
      [
        'page',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'TBT',
        'TBT of each run (ms)',
        'CLS',
        'FCP',
        'LCP',
      ],
      rows,
    );
    console.log(`\nLighthouse ${version}, Chromium from ${browsers.chromium.path}.`);
    console.log(
      blocking.length
        ? `Tasks over 50 ms after the first paint (simulated time, with the script they ran):\n${blocking.join('\n')}`
        : 'No task over 50 ms after the first paint, in any run.',
    );
    if (failing.size) {
      console.log('Audits below full marks in at least one run:');
      for (const [name, value] of failing) console.log(`- ${name} (${value})`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await demo.close();
  }
}
if (process.argv[1] === fileURLToPath(import.meta.url)) await lighthouse();

// `npm run bench`: what the bundles cost a patient's phone. Figures only, no pass/fail (the size
// budget lives in test/embed/size.test.ts). BENCH_RUNS sets the number of page loads (default 15).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { browsers } from './browsers.mjs';

const bundles = ['pinched-nerve-widgets.js', 'pinched-nerve-widgets.iife.js'];
const runs = Number(process.env.BENCH_RUNS ?? 15);
const CPU_SLOWDOWN = 4; // Chrome DevTools' "mid-tier mobile"

const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('bundle                          raw     gzip   brotli');
for (const file of bundles) {
  const code = readFileSync(join('dist', file));
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  console.log(`${file.padEnd(29)}${kB(code.length)}${kB(gzip)}${kB(brotli)}`);
}

// The page: the bundle and one card, nothing else, so first paint is the card's.
const script = (file) =>
  file.endsWith('.iife.js')
    ? `<script src="/dist/${file}"></script>`
    : `<script type="module" src="/dist/${file}"></script>`;
const page = (file) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>bench</title>${script(file)}
</head><body><pinched-nerve-card></pinched-nerve-card>
<script>
  // The moment the card has rendered its shadow DOM (first paint follows in the next frame).
  // Placed after the card: the classic script upgrades it while parsing, the module after.
  customElements.whenDefined('pinched-nerve-card')
    .then(() => document.querySelector('pinched-nerve-card').updateComplete)
    .then(() => (window.__rendered = performance.now()));
</script></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/page/')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(page(url.pathname.slice('/page/'.length)));
  }
  const path = normalize(`.${url.pathname}`);
  if (!path.startsWith('dist/')) return res.writeHead(404).end();
  try {
    const body = readFileSync(path);
    const type = extname(path) === '.js' ? 'text/javascript' : 'application/json';
    res.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: browsers.chromium.path,
  args: browsers.chromium.args,
  headless: true,
});
try {
  console.log(
    `\nfirst render, Chromium with ${CPU_SLOWDOWN}x CPU slowdown, median of ${runs} loads`,
  );
  console.log('bundle                        rendered   first paint');
  for (const file of bundles) {
    const rendered = [];
    const painted = [];
    // Load -1 warms up the browser process itself and is not counted.
    for (let i = -1; i < runs; i++) {
      const tab = await browser.newPage();
      await tab.setCacheEnabled(false);
      const cdp = await tab.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await tab.goto(`${origin}/page/${file}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => globalThis.__rendered !== undefined);
      const [r, p] = await tab.evaluate(() => [
        globalThis.__rendered,
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ]);
      if (i >= 0) rendered.push(r);
      if (i >= 0) painted.push(p);
      await tab.close();
    }
    const ms = (n) => `${Math.round(n)} ms`.padStart(9);
    console.log(`${file.padEnd(29)}${ms(median(rendered))}${ms(median(painted)).padStart(14)}`);
  }
} finally {
  await browser.close();
  server.close();
}

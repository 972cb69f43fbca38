// `npm run bench` (BENCH_ONLY=render), or alone: 50 cards and 10 forms, defined and rendered,
// against the same DOM as static HTML (declarative shadow DOM, no script), in headless Chromium
// at 4x and full CPU, median of BENCH_RUNS (default 15) cold loads. Needs a build.
/* global document, window */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES, CPU_SLOWDOWN, PHONE, ROOT, kB, launch, median, ms, table } from './common.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const CARDS = 50;
const FORMS = 10;

// Classic script in <head>, the same in every page: the moment the frame after `load` and after
// every widget's first drawing is done (rAF callbacks, then style, layout and paint run in that
// frame; the message task comes after). Widgets draw each in a task of their own, which may
// come after `load`: until all have, it looks again in a later task.
const MEASURE = `addEventListener('load', function frame() {
  const hosts = document.querySelectorAll('pinched-nerve-card, pinched-nerve-check');
  if ([...hosts].some((h) => !h.shadowRoot?.querySelector('[part="base"]'))) return setTimeout(frame);
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.__painted = performance.now());
    channel.port2.postMessage(0);
  });
});`;

export const head = (extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>bench</title><script src="/bench/measure.js"></script>${extra}</head>`;

function widgetsBody() {
  const parts = [];
  for (let form = 0; form < FORMS; form++) {
    for (let card = 0; card < CARDS / FORMS; card++) {
      parts.push('<pinched-nerve-card phone="(555) 010-4477"></pinched-nerve-card>');
    }
    parts.push(
      `<pinched-nerve-check id="check-${form}" endpoint="/api/candidate-check" phone="(555) 010-4477" clinic-name="Lakeside Spine Center" privacy-url="/privacy.html"></pinched-nerve-check>`,
    );
  }
  return `<body>\n${parts.join('\n')}\n</body></html>`;
}

export const bundleTag = (file) =>
  file.endsWith('.iife.js')
    ? `<script src="/dist/${file}"></script>`
    : `<script type="module" src="/dist/${file}"></script>`;

/** Serves dist/ and the generated pages; no CSP, nothing else. */
export async function benchServer(pages) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/bench/measure.js') {
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(MEASURE);
    }
    if (pages.has(pathname)) {
      const type = pathname.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
      return res.writeHead(200, { 'content-type': type }).end(pages.get(pathname));
    }
    const path = normalize(`.${pathname}`);
    if (!path.startsWith('dist/')) return res.writeHead(404).end();
    try {
      const body = readFileSync(join(ROOT, path));
      const type = extname(path) === '.js' ? 'text/javascript' : 'application/json';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Renders the widget page once and writes what it shows as static HTML: every host keeps its
 * attributes and gets a declarative shadow root with the rendered markup (Lit's marker comments
 * removed) and a <link> to its element's styles, one CSS file per element, as a hand-written
 * site would have. No script but the shared measuring one.
 */
async function staticCopy(browser, origin, pages) {
  const tab = await browser.newPage();
  await tab.setViewport(PHONE);
  await tab.goto(`${origin}/render/esm.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__painted !== undefined);
  const { bodies, styles } = await tab.evaluate(() => {
    const styles = {};
    const bodies = [...document.body.children].map((host) => {
      const root = host.shadowRoot;
      const tag = host.localName;
      styles[tag] ??= [
        ...root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)),
        ...[...root.querySelectorAll('style')].map((s) => s.textContent),
      ].join('\n');
      const markup = root.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
      const open = host.cloneNode(false).outerHTML.replace(/<\/[^>]+>$/, '');
      return `${open}<template shadowrootmode="open"><link rel="stylesheet" href="/static/${tag}.css">${markup}</template></${tag}>`;
    });
    return { bodies, styles };
  });
  await tab.close();
  for (const [tag, css] of Object.entries(styles)) pages.set(`/static/${tag}.css`, css);
  pages.set('/render/static.html', `${head()}<body>\n${bodies.join('\n')}\n</body></html>`);
}

/** One cold load: navigation start to the frame after `load`, and first contentful paint. */
async function loadOnce(browser, url, rate) {
  const tab = await browser.newPage();
  await tab.setViewport(PHONE);
  await tab.setCacheEnabled(false);
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__painted !== undefined);
  // The paint entry arrives once the frame is presented, which can be after our message task.
  await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
  const result = await tab.evaluate(() => {
    const hosts = [...document.querySelectorAll('pinched-nerve-card, pinched-nerve-check')];
    return {
      painted: window.__painted,
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      // A page whose widgets did not all render would be measured fast and wrong.
      rendered: hosts.filter((h) => h.shadowRoot?.querySelector('[part="base"]')).length,
    };
  });
  await tab.close();
  if (result.rendered !== CARDS + FORMS) {
    throw new Error(`${url}: only ${result.rendered} of ${CARDS + FORMS} widgets had rendered`);
  }
  return result;
}

export async function render() {
  console.log(
    `\n## Render: ${CARDS} cards + ${FORMS} forms, ${PHONE.width}x${PHONE.height} viewport, median of ${RUNS} cold loads\n`,
  );
  const pages = new Map([
    ['/render/esm.html', `${head(bundleTag(BUNDLES[0]))}${widgetsBody()}`],
    ['/render/iife.html', `${head(bundleTag(BUNDLES[1]))}${widgetsBody()}`],
  ]);
  const { server, origin } = await benchServer(pages);
  const browser = await launch();
  try {
    await staticCopy(browser, origin, pages);
    const variants = [
      ['static HTML (declarative shadow DOM)', '/render/static.html'],
      ['ES module bundle', '/render/esm.html'],
      ['classic (IIFE) bundle', '/render/iife.html'],
    ];
    const rows = [];
    for (const rate of [CPU_SLOWDOWN, 1]) {
      const results = new Map(variants.map(([name]) => [name, { painted: [], fcp: [] }]));
      // Interleaved, so a slower minute of the machine hits every variant alike. Round -1 warms
      // up the browser and is not counted.
      for (let run = -1; run < RUNS; run++) {
        for (const [name, path] of variants) {
          const { painted, fcp } = await loadOnce(browser, `${origin}${path}`, rate);
          if (run < 0) continue;
          results.get(name).painted.push(painted);
          results.get(name).fcp.push(fcp);
        }
      }
      const base = median(results.get(variants[0][0]).painted);
      for (const [name, path] of variants) {
        const r = results.get(name);
        const painted = median(r.painted);
        rows.push([
          `${rate}x`,
          name,
          kB(Buffer.byteLength(pages.get(path))),
          ms(median(r.fcp)),
          ms(painted),
          `${Math.min(...r.painted).toFixed(0)}–${Math.max(...r.painted).toFixed(0)} ms`,
          `${(painted / base).toFixed(2)}x`,
        ]);
      }
    }
    table(
      ['CPU', 'page', 'HTML', 'first contentful paint', 'frame after load', 'range', 'vs. static'],
      rows,
    );
    console.log(
      `\nStatic copy: ${kB(Buffer.byteLength(pages.get('/static/pinched-nerve-card.css')))} card CSS, ${kB(Buffer.byteLength(pages.get('/static/pinched-nerve-check.css')))} form CSS (one file each, shared by every shadow root).`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
if (process.argv[1] === fileURLToPath(import.meta.url)) await render();

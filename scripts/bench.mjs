// `npm run bench`: what the widgets cost a patient's phone, measured in one run. Figures only,
// no pass/fail (the size budget lives in test/package/size.test.mjs, the layout-shift check in
// test/embed/layout-shift.test.ts). Results go to BENCHMARKS.md by hand, with the machine.
//
//   sizes       gzip -9 and brotli of the all-in-one bundles, each per-element file and the chunk
//               they share, and the words fetched on demand, beside Lit's floor: a one-property
//               element bundled the same way (Rollup, node-resolve `production`, terser) in a
//               temp dir; the total a page downloads for five typical pages (card only, list
//               only, form only, card + form, card + map + form) with each kind of file; then where the bytes go:
//               the bundle built with only some elements, and its minified bytes by source
//               folder (from its source map)
//   render      50 cards + 10 forms: defined and rendered vs. the same DOM as static HTML
//               (declarative shadow DOM, no script), headless Chromium, median of BENCH_RUNS
//   cls         the demo pages with the bundle held back until after first paint, with and
//               without demo/reserve-space*.css, from PerformanceObserver('layout-shift')
//   lighthouse  the demo pages, Lighthouse's default (mobile) run, median of BENCH_LH_RUNS
//
// Environment: BENCH_ONLY=sizes,render,cls,lighthouse picks sections; BENCH_RUNS (default 15)
// page loads per render figure; BENCH_LH_RUNS (default 3) Lighthouse runs per page;
// CHROME_PATH as in scripts/browsers.mjs.
//
// `node scripts/bench.mjs --reserve` instead measures the widgets' heights on the demo pages at
// every width from 300 to 1400 px and writes demo/reserve-space*.css (see those files);
// `--heights` prints the table of heights by column width behind the README's recipe.
/* global document, window, requestAnimationFrame */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { browsers } from './browsers.mjs';
import { ELEMENTS } from './elements.mjs';
import { startDemoServer } from './serve-demo.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLES = ['pinched-nerve-widgets.js', 'pinched-nerve-widgets.iife.js'];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const ONLY = (process.env.BENCH_ONLY ?? 'sizes,render,cls,lighthouse').split(',');
// Chrome DevTools' and Lighthouse's "mid-tier mobile": 4x CPU slowdown, a 412 px wide phone.
const CPU_SLOWDOWN = 4;
const PHONE = { width: 412, height: 823, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n) => `${Math.round(n)} ms`;
/** Prints a Markdown table, so the output pastes into BENCHMARKS.md as it is. */
function table(head, rows) {
  const cells = [head, ...rows].map((r) => r.map(String));
  const width = head.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(width[i])).join(' | ')} |`;
  console.log(
    [line(cells[0]), line(width.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n'),
  );
}
const launch = () =>
  puppeteer.launch({
    executablePath: browsers.chromium.path,
    args: browsers.chromium.args,
    headless: true,
  });
const frames = (page, n = 2) =>
  page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
        next(n);
      }),
    n,
  );

// ---------------------------------------------------------------------------------------------
// Sizes

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Lit's floor: the smallest useful Lit element, bundled the way rollup.config.mjs bundles ours. */
const FLOOR_SOURCE = `import { LitElement, css, html } from 'lit';
class FloorElement extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; color: var(--floor-color, #0b5394); }\`;
  constructor() {
    super();
    this.name = 'world';
  }
  render() {
    return html\`<p>Hello, \${this.name}!</p>\`;
  }
}
customElements.define('floor-element', FloorElement);
`;

async function litFloor() {
  const dir = await mkdtemp(join(tmpdir(), 'pnw-floor-'));
  try {
    const input = join(dir, 'floor.js');
    await writeFile(input, FLOOR_SOURCE);
    const bundle = await rollup({
      input,
      plugins: [
        nodeResolve({
          browser: true,
          exportConditions: ['production'],
          modulePaths: [join(ROOT, 'node_modules')],
        }),
      ],
      onwarn(warning) {
        throw new Error(`rollup (Lit floor): ${warning.message}`);
      },
    });
    const outputs = {};
    for (const [name, options] of [
      ['floor.js', { format: 'es', plugins: [terser({ module: true, ecma: 2021 })] }],
      [
        'floor.iife.js',
        { format: 'iife', name: 'Floor', plugins: [terser({ module: false, ecma: 2021 })] },
      ],
    ]) {
      const file = join(dir, name);
      await bundle.write({ file, ...options });
      outputs[name] = await readFile(file);
    }
    await bundle.close();
    return outputs;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function sizes() {
  console.log('\n## Sizes\n');
  const floor = await litFloor();
  const rows = [];
  const floorGzip = gzip(floor['floor.js']);
  const shared = readdirSync(join(ROOT, 'dist')).filter((f) => /^shared-[\w-]+\.js$/.test(f));
  const perElement = Object.keys(ELEMENTS).flatMap((e) => [`${e}.js`, `${e}.iife.js`]);
  for (const file of [...BUNDLES, ...perElement, ...shared]) {
    const code = readFileSync(join(ROOT, 'dist', file));
    rows.push([`dist/${file}`, code.length, gzip(code), brotli(code)]);
  }
  // Downloaded only by pages shown in that language, each element's words on their own.
  for (const file of readdirSync(join(ROOT, 'dist', 'locales'), { recursive: true })) {
    if (!file.endsWith('.json')) continue;
    const code = readFileSync(join(ROOT, 'dist', 'locales', file));
    rows.push([`dist/locales/${file} (on demand)`, code.length, gzip(code), brotli(code)]);
  }
  for (const [name, code] of Object.entries(floor)) {
    rows.push([
      `Lit floor (${name.includes('iife') ? 'IIFE' : 'ES module'})`,
      code.length,
      gzip(code),
      brotli(code),
    ]);
  }
  table(
    ['file', 'minified', 'gzip -9', 'brotli 11', 'gzip over the floor'],
    rows.map(([name, raw, gz, br]) => [
      name,
      `${raw} B`,
      `${gz} B (${kB(gz)})`,
      `${br} B (${kB(br)})`,
      name.startsWith('dist/pinched') ? `+${gz - floorGzip} B` : '',
    ]),
  );
  console.log('');
  pages();
  console.log('');
  await breakdown();
}

/** A dist/ file and every file it imports statically, however deep (as the size test counts). */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
  for (const [, dep] of code.matchAll(/\bimport\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([^"']+)["']/g))
    withImports(dep, seen);
  return seen;
}

/**
 * What five typical pages download, in total, with each kind of file: the per-element modules
 * (their shared chunk once), the per-element classic scripts (each self-contained, so two carry
 * Lit twice), or the all-in-one bundle; and, in Spanish, the words fetched on demand.
 */
function pages() {
  const kinds = [
    ['per-element modules', (e) => `${e}.js`],
    ['per-element classic', (e) => `${e}.iife.js`],
    // The map is not in the all-in-one: a page with one adds map.js (and its chunk).
    ['all-in-one module', (e) => (e === 'map' ? 'map.js' : 'pinched-nerve-widgets.js')],
  ];
  const typical = [
    ['card only', ['card']],
    ['symptom list only', ['symptoms']],
    ['form only', ['check']],
    ['card + form', ['card', 'check']],
    ['card + map + form', ['card', 'map', 'check']],
  ];
  const total = (files, measure) =>
    [...files].reduce((sum, f) => sum + measure(readFileSync(join(ROOT, 'dist', f))), 0);
  const rows = typical.map(([name, elements]) => {
    const cells = kinds.map(([, fileOf]) => {
      const files = new Set();
      for (const e of elements) {
        // Classic scripts do not share: each file counts whole, Lit and all.
        if (fileOf(e).endsWith('.iife.js')) files.add(`${files.size}:${fileOf(e)}`);
        else withImports(fileOf(e), files);
      }
      const real = [...files].map((f) => f.replace(/^\d+:/, ''));
      return `${total(real, gzip)} / ${total(real, brotli)} B`;
    });
    const words = elements.map((e) => `locales/es/${e}.json`);
    return [name, ...cells, `+${total(words, gzip)} / ${total(words, brotli)} B`];
  });
  table(['page shows', ...kinds.map(([k]) => `${k} (gzip / brotli)`), 'Spanish words'], rows);
}

/**
 * Where the ES module bundle's bytes go: the same Rollup config bundling part of the package
 * (so each row is a real bundle, Lit included), and the bundle's minified bytes by the source
 * files they came from (its source map). Gzip is not additive across parts, so the second table
 * gives each part's share of the minified file.
 */
async function breakdown() {
  // The config reads paths relative to the project, as `npm run build` runs it.
  process.chdir(ROOT);
  const {
    default: [config],
  } = await import(pathToFileURL(join(ROOT, 'rollup.config.mjs')).href);
  const [esm] = config.output;
  const dir = await mkdtemp(join(tmpdir(), 'pnw-parts-'));
  const parts = [
    ['the card and the symptom list (no form)', ['card/define.js', 'symptoms/define.js']],
    ['the form alone', ['check/define.js']],
    ['the card alone', ['card/define.js']],
  ];
  const rows = [];
  try {
    for (const [name, entries] of parts) {
      const input = join(dir, 'entry.js');
      await writeFile(
        input,
        entries
          .map((e) => `export * from ${JSON.stringify(join(ROOT, 'dist/lib', e))};`)
          .join('\n'),
      );
      const bundle = await rollup({ ...config, input });
      const { output } = await bundle.generate({ ...esm, sourcemap: false });
      await bundle.close();
      const code = output[0].code;
      rows.push([name, Buffer.byteLength(code), gzip(code)]);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  table(
    ['dist/pinched-nerve-widgets.js built with only', 'minified', 'gzip -9'],
    rows.map(([name, raw, gz]) => [name, `${raw} B`, `${gz} B (${kB(gz)})`]),
  );

  const file = join(ROOT, 'dist', BUNDLES[0]);
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const groupOf = (source) =>
    source.includes('node_modules/')
      ? 'Lit'
      : source.includes('/content/')
        ? 'English words (src/content)'
        : source.endsWith('.styles.ts') || /shared\/(styles|choices)\.ts$/.test(source)
          ? 'styles (*.styles.ts, shared/styles, shared/choices)'
          : `src/${source.split('src/')[1]?.split('/')[0] ?? '?'}/ code`;
  const NO_SOURCE = 'no source (banner, wrappers)';
  const bytes = new Map();
  const add = (group, text) => bytes.set(group, (bytes.get(group) ?? 0) + Buffer.byteLength(text));
  const lines = code.split('\n');
  const segments = decodeMappings(map.mappings);
  // Source map columns count UTF-16 units; each piece is counted in UTF-8 bytes, as shipped.
  let at = [0, 0]; // where the previous piece ended
  segments.forEach(([line, column, source], i) => {
    const from = at[0] === line ? at[1] : 0; // a new line starts uncounted
    if (from < column) add(NO_SOURCE, lines[line].slice(from, column));
    const next = segments[i + 1];
    const end = next && next[0] === line ? next[1] : lines[line].length;
    add(source < 0 ? NO_SOURCE : groupOf(map.sources[source]), lines[line].slice(column, end));
    at = [line, end];
  });
  for (const [n, text] of lines.entries())
    if (!segments.some(([line]) => line === n)) add(NO_SOURCE, text);
  add(NO_SOURCE, '\n'.repeat(lines.length - 1));
  const total = Buffer.byteLength(code);
  console.log('');
  table(
    ['bytes of dist/pinched-nerve-widgets.js (minified) from', 'bytes', 'share'],
    [...bytes]
      .sort((a, b) => b[1] - a[1])
      .map(([group, n]) => [group, `${n} B`, `${((100 * n) / total).toFixed(1)} %`]),
  );
  const counted = [...bytes.values()].reduce((a, b) => a + b, 0);
  if (counted !== total) throw new Error(`bench: counted ${counted} B of ${total}`);
}

/** Source map `mappings` as [generated line, generated column, source index or -1]. */
function decodeMappings(mappings) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const segments = [];
  let source = 0;
  mappings.split(';').forEach((text, line) => {
    let column = 0;
    for (const segment of text ? text.split(',') : []) {
      const values = [];
      let shift = 0;
      let value = 0;
      for (const char of segment) {
        const digit = alphabet.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([line, column, values.length > 1 ? source : -1]);
    }
  });
  return segments;
}

// ---------------------------------------------------------------------------------------------
// Render: 50 cards and 10 forms vs. the same page as static HTML

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

const head = (extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
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

const bundleTag = (file) =>
  file.endsWith('.iife.js')
    ? `<script src="/dist/${file}"></script>`
    : `<script type="module" src="/dist/${file}"></script>`;

/** Serves dist/ and the generated pages; no CSP, nothing else. */
async function benchServer(pages) {
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

async function render() {
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

// ---------------------------------------------------------------------------------------------
// Layout shift on the demo pages, with the bundle arriving after first paint

const DEMO_PAGES = ['/', '/es.html', '/errors.html', '/wordpress.html', '/themes.html'];
const SHIFT_WIDTHS = [360, 412, 768, 1024, 1280, 1440];
const SCRIPT_DELAY_MS = 1000;
const RESERVE_CSS = /^\/reserve-space[\w-]*\.css$/;

/**
 * Opens a demo page with /dist/ held back SCRIPT_DELAY_MS (a slow CDN or phone network: the page
 * paints before the widgets exist) and sums its layout-shift entries once everything rendered.
 * `reserve: false` serves demo/reserve-space*.css empty.
 */
/**
 * In the page: every widget `selectors` finds has drawn, in its language, its own `lang` or else
 * the page's (one in another language draws English until its words arrive).
 */
function drawnInTheirLanguage(selectors) {
  return [...document.querySelectorAll(selectors)].every((host) => {
    // What Lit drew (the hidden fallback slot is there from the start).
    const root = [...(host.shadowRoot?.children ?? [])].find((c) => c.localName !== 'slot');
    const lang = host.lang || document.documentElement.lang;
    return root && (!lang || lang === 'en' || root.getAttribute('lang') === lang);
  });
}

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

async function cls() {
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

// ---------------------------------------------------------------------------------------------
// Lighthouse on the demo

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

async function lighthouse() {
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

// ---------------------------------------------------------------------------------------------
// --reserve: measure the demo's widgets and write demo/reserve-space*.css

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

/** --reserve and --heights measure in both: they lay the same fonts out a few pixels apart. */
const HEIGHT_ENGINES = [
  ['Chromium', launch],
  [
    'Firefox',
    () =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath: browsers.firefox.path,
        headless: true,
      }),
  ],
];

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
    const css = `/* Generated by \`node scripts/bench.mjs --reserve\`: do not edit by hand. Regenerate it when
   the widgets' styles or the demo's layout change; test/embed/layout-shift.test.ts fails when it
   is out of date.

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

// ---------------------------------------------------------------------------------------------
// --heights: the table behind the README's "No layout shift" recipe

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

// ---------------------------------------------------------------------------------------------

if (process.argv.includes('--reserve')) {
  await reserve();
} else if (process.argv.includes('--heights')) {
  await heights();
} else {
  const browser = await launch();
  const chromium = await browser.version();
  await browser.close();
  console.log(`# npm run bench, ${new Date().toISOString()}, ${chromium}, Node ${process.version}`);
  if (ONLY.includes('sizes')) await sizes();
  if (ONLY.includes('render')) await render();
  if (ONLY.includes('cls')) await cls();
  if (ONLY.includes('lighthouse')) await lighthouse();
}

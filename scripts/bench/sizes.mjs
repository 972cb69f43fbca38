// `npm run bench` (BENCH_ONLY=sizes), or alone: gzip -9 and brotli of the all-in-one bundles,
// each per-element file and the chunk they share, and the words fetched on demand, beside Lit's
// floor (a one-property element bundled the same way: Rollup, node-resolve `production`,
// terser, in a temp dir); the total a page downloads for five typical pages; then where the
// bytes go: the bundle built with only some elements, and its minified bytes by source folder
// (from its source map). Needs a build.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { ELEMENTS } from '../elements.mjs';
import { BUNDLES, ROOT, kB, table } from './common.mjs';

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

export async function sizes() {
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
if (process.argv[1] === fileURLToPath(import.meta.url)) await sizes();

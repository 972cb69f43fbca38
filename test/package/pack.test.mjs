// What `npm pack` would put in the tarball, checked against what the package promises: the
// all-in-one bundles, the per-element files and their shared chunk, all with source maps, the npm modules with a declaration each, a `types` condition on
// every JavaScript entry, custom-elements.json, the editor data, README and LICENSE, and nothing
// else (no tests, demo, scripts, sources, or build leftovers whose source is gone). Also checks
// that `sideEffects` names exactly the files that register tags when imported.
//
// Needs a build (`npm test` builds first). --ignore-scripts keeps prepack from cleaning and
// rebuilding dist/ in the middle of a test run.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ELEMENTS as WORDS_OF, FORMATS } from '../../scripts/elements.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [packed] = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
);
const files = new Set(packed.files.map((f) => f.path));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const ELEMENTS = Object.keys(WORDS_OF);
const BUNDLES = [
  'dist/pinched-nerve-widgets.js',
  'dist/pinched-nerve-widgets.iife.js',
  ...ELEMENTS.flatMap((e) => [`dist/${e}.js`, `dist/${e}.iife.js`]),
];
/** The chunk the per-element modules share (its name carries a hash of its content). */
const SHARED = /^dist\/shared-[\w-]+\.js$/;

/** src/**\/*.ts (no tests), as the paths of their compiled modules in dist/lib. */
function sourceModules(dir = 'src') {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceModules(path);
    if (!/\.ts$/.test(entry.name) || /\.(test|spec)\.ts$|\.d\.ts$/.test(entry.name)) return [];
    return [path.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '')];
  });
}

/** Every file path an `exports` value can lead to, with the condition chain that reaches it. */
function exportTargets(value, conditions = []) {
  if (typeof value === 'string') return [{ target: value, conditions }];
  if (value === null) return [];
  return Object.entries(value).flatMap(([condition, v]) =>
    exportTargets(v, [...conditions, condition]),
  );
}

/** A package.json `sideEffects` glob as a regular expression over tarball paths. */
function globToRegExp(glob) {
  const path = glob.replace(/^\.\//, '');
  const source = path
    .split(/(\*\*\/|\*)/)
    .map((part) =>
      part === '**/'
        ? '(?:.*/)?'
        : part === '*'
          ? '[^/]*'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

/** Relative imports and re-exports of a compiled module, as tarball paths. */
function importsOf(path) {
  const code = read(path);
  const specifiers = [
    ...code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/g),
    ...code.matchAll(/(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g),
  ].map((m) => m[1]);
  return specifiers.map((s) => posix.normalize(posix.join(posix.dirname(path), s)));
}

/**
 * The built-in translations in the source (`es.json`), as they ship: one file per element, beside
 * the bundles and beside the loader in dist/lib, and nothing else.
 */
const locales = readdirSync(new URL('../../src/content/locales/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => ELEMENTS.map((e) => `${f.replace(/\.json$/, '')}/${e}.json`));

test('ships every bundle with its source map, and the maps carry the sources', () => {
  const shared = [...files].filter((p) => SHARED.test(p));
  assert.equal(shared.length, 1, `one shared chunk, not ${shared.join(', ')}`);
  for (const bundle of [...BUNDLES, ...shared]) {
    assert.ok(files.has(bundle), `${bundle} is not in the tarball`);
    assert.ok(files.has(`${bundle}.map`), `${bundle}.map is not in the tarball`);
  }
  // Every shipped script names a map that ships too, and no map needs src/ to be useful.
  for (const path of [...files].filter((p) => p.endsWith('.js'))) {
    const url = read(path).match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    if (!url) continue;
    const map = posix.join(posix.dirname(path), url);
    assert.ok(files.has(map), `${path} points at ${map}, which is not in the tarball`);
    const { sources, sourcesContent } = JSON.parse(read(map));
    assert.equal(
      sourcesContent?.filter((s) => typeof s === 'string').length,
      sources.length,
      `${map} lacks the text of some of its sources (src/ does not ship)`,
    );
  }
});

test('ships every module of src/ compiled, with its declaration and map', () => {
  for (const module of sourceModules()) {
    for (const ext of ['.js', '.js.map', '.d.ts']) {
      assert.ok(files.has(module + ext), `${module}${ext} is not in the tarball`);
    }
  }
});

test('ships custom-elements.json, the editor data, the JSX types, README and LICENSE', () => {
  for (const path of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    'dist/jsx-react.d.ts',
    'dist/jsx-preact.d.ts',
    // The translations that load on demand, where both bundles and dist/lib fetch them.
    ...locales.flatMap((f) => [`dist/locales/${f}`, `dist/lib/content/locales/${f}`]),
  ]) {
    assert.ok(files.has(path), `${path} is not in the tarball`);
  }
});

test('ships nothing else: no tests, demo, scripts, sources or stale build output', () => {
  const modules = new Set(sourceModules());
  const allowed = [
    /^(package\.json|README\.md|LICENSE|custom-elements\.json)$/,
    /^dist\/pinched-nerve-widgets(\.iife)?\.js(\.map)?$/,
    new RegExp(`^dist/(${ELEMENTS.join('|')})(\\.iife)?\\.js(\\.map)?$`),
    /^dist\/shared-[\w-]+\.js(\.map)?$/,
    /^dist\/pinched-nerve-widgets\.iife\.d\.ts$/,
    /^dist\/jsx-(react|preact)\.(js|d\.ts)$/,
    /^dist\/vscode\.(html|css)-custom-data\.json$/,
    // Each format's code, which both bundles load on demand (src/client/formats/).
    new RegExp(`^dist/formats/(${FORMATS.join('|')})\\.js(\\.map)?$`),
    // Each built-in translation, beside the bundles and beside the loader in dist/lib.
    ...locales.flatMap((f) => [
      new RegExp(`^dist/locales/${f}$`),
      new RegExp(`^dist/lib/content/locales/${f}$`),
    ]),
  ];
  const unexpected = [...files].filter((path) => {
    const lib = path.match(/^(dist\/lib\/.+?)(\.js|\.js\.map|\.d\.ts)$/);
    if (lib) return !modules.has(lib[1]); // a leftover from a source that is gone
    return !allowed.some((re) => re.test(path));
  });
  assert.deepEqual(
    unexpected,
    [],
    'unexpected files in the tarball (stale dist/lib output: delete dist/ and rebuild)',
  );
});

test('every path in exports, main, module, types and customElements is in the tarball', () => {
  const fields = ['main', 'module', 'types', 'customElements'].map((f) => pkg[f]);
  const targets = Object.values(pkg.exports).flatMap((v) => exportTargets(v));
  for (const path of [...fields, ...targets.map((t) => t.target)]) {
    assert.ok(files.has(path.replace(/^\.\//, '')), `${path} is not in the tarball`);
  }
});

test('every JavaScript entry in exports has a declaration, under a `types` condition listed first', () => {
  for (const [entry, value] of Object.entries(pkg.exports)) {
    const targets = exportTargets(value);
    if (!targets.some((t) => t.target.endsWith('.js'))) continue; // JSON files
    assert.equal(typeof value, 'object', `${entry} has no types condition`);
    assert.equal(Object.keys(value)[0], 'types', `${entry}: "types" must come first`);
    assert.match(value.types, /\.d\.ts$/, `${entry}: types is not a .d.ts`);
  }
});

test('sideEffects lists exactly the modules that register tags, and the bundles', () => {
  // The modules that call define(): the manifest's custom-element definitions.
  const defining = manifest.modules
    .filter((m) => m.exports?.some((e) => e.kind === 'custom-element-definition'))
    .map((m) => m.path.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js'));
  assert.ok(defining.length > 0);
  // ...and every module that imports one of them, however indirectly (the package's index).
  const modules = [...files].filter((p) => p.startsWith('dist/lib/') && p.endsWith('.js'));
  const registers = new Set(defining);
  for (let grew = true; grew;) {
    grew = false;
    for (const m of modules) {
      if (!registers.has(m) && importsOf(m).some((i) => registers.has(i))) {
        registers.add(m);
        grew = true;
      }
    }
  }
  const expected = [...registers, ...BUNDLES].sort();
  const patterns = pkg.sideEffects.map(globToRegExp);
  const shipped = [...files].filter((p) => p.endsWith('.js'));
  const marked = shipped.filter((p) => patterns.some((re) => re.test(p))).sort();
  assert.deepEqual(marked, expected);
  for (const [i, re] of patterns.entries()) {
    assert.ok(
      shipped.some((p) => re.test(p)),
      `sideEffects entry ${pkg.sideEffects[i]} matches nothing`,
    );
  }
  // The point of the `component` entries: importing a class registers nothing.
  for (const p of shipped.filter((p) => p.endsWith('.component.js'))) {
    assert.ok(!marked.includes(p), `${p} is marked as having side effects`);
  }
});

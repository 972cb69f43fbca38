// Bundles tsc's output (dist/lib) into the script-tag files. tsc compiles first
// (`npm run build:ts`) because TypeScript plugins for Rollup lag behind the compiler.
//
//   dist/pinched-nerve-widgets.js, .iife.js   every element, one file each (module, classic)
//   dist/<element>.js                          one element as a module; the code two or more
//                                              elements use (Lit, the shared code) in one
//                                              shared-<hash>.js they import, downloaded once
//   dist/<element>.iife.js                     one element as a classic script, self-contained
//   dist/locales/<lang>/<element>.json         each element's built-in words, fetched on demand
import { readFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { transformSync } from 'esbuild';
import { defaultStrategy, minifyHTMLLiterals } from 'minify-html-literals';

import { ELEMENTS, FORMATS, wordsOf } from './scripts/elements.mjs';

/** Reads tsc's own .js.map beside each file, so the bundle's map points at src/*.ts. */
const tscSourceMaps = () => ({
  name: 'tsc-source-maps',
  load(id) {
    if (!id.endsWith('.js') || !existsSync(`${id}.map`)) return null;
    return { code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8') };
  },
});

/**
 * The css`` templates go through esbuild's CSS minifier, which parses CSS as browsers do
 * (container queries, :focus-visible, forced-colors) and keeps the order of declarations,
 * rather than through clean-css (the default here), which drops at-rules it does not know, or a
 * hand-written one, which dropped the focus ring once. Its targets are the browsers of the
 * bundles' ES2021, so it never writes newer syntax than they read. Measured against Lightning
 * CSS on our templates: 7,544 characters against 7,831 (11,499 unminified), and Lightning CSS
 * reorders declarations. A template with an expression in it (a placeholder here) stays as it
 * is, since the minifier cannot parse the placeholder. test/build/fidelity.test.ts checks that
 * every style rule comes out the same.
 */
const minifyCss = (css) => {
  if (css.includes('@TEMPLATE_EXPRESSION')) return css;
  const { code, warnings } = transformSync(css, {
    loader: 'css',
    minify: true,
    target: ['chrome90', 'firefox90', 'safari15'],
    // Characters as they are: esbuild's ASCII escapes (`"\\2713"` for a tick) are invalid escapes
    // in a tagged template, whose cooked string is then undefined, and Lit drops the whole sheet.
    charset: 'utf8',
  });
  if (warnings.length)
    throw new Error(`rollup: esbuild on a css\`\` template: ${warnings[0].text}`);
  return code.trim();
};

/**
 * html-minifier's settings for html`` and svg`` templates, each one safe for a Lit template:
 * whitespace collapsed (html-minifier keeps a space beside inline elements), comments and
 * attribute quotes dropped, entities decoded where the text reads the same. keepClosingSlash:
 * `<circle …/>` loses its `/` otherwise, and a browser then nests every shape after it inside
 * it (issue 22: the map's body vanished). Off: removeEmptyAttributes (`lang=""` and `title=""`
 * mean something), minifyJS and minifyCSS (no inline scripts or styles to minify; clean-css
 * would drop what it does not know).
 */
const htmlOptions = {
  caseSensitive: true,
  collapseWhitespace: true,
  decodeEntities: true,
  keepClosingSlash: true,
  removeAttributeQuotes: true,
  removeComments: true,
  removeEmptyAttributes: false,
  minifyCSS: false,
  minifyJS: false,
  processConditionalComments: false,
  removeScriptTypeAttributes: false,
  removeStyleLinkTypeAttributes: false,
  useShortDoctype: false,
};

const strategy = {
  ...defaultStrategy,
  minifyCSS: minifyCss,
  minifyHTML: (html) => defaultStrategy.minifyHTML(html, htmlOptions),
};

/** Collapses whitespace inside html`` and css`` templates (the Rollup wrapper wants Rollup 2). */
const minifyTemplates = () => ({
  name: 'minify-html-literals',
  transform(code, id) {
    if (!id.includes('/dist/lib/')) return null;
    const result = minifyHTMLLiterals(code, { fileName: id, strategy });
    return result ? { code: result.code, map: result.map } : null;
  },
});

/**
 * The built-in translations that load on demand (src/content/locales/*.json), minified, checked
 * and split by element (`locales/es/card.json` holds the card's sections), beside the bundles
 * (dist/locales/) and beside the loader in dist/lib, since each fetches them relative to its
 * own URL.
 */
const locales = () => ({
  name: 'locales',
  buildStart() {
    const dir = 'src/content/locales';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const words = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
      const lang = file.replace(/\.json$/, '');
      mkdirSync(`dist/lib/content/locales/${lang}`, { recursive: true });
      for (const element of Object.keys(ELEMENTS)) {
        const json = wordsOf(element, words);
        writeFileSync(`dist/lib/content/locales/${lang}/${element}.json`, json);
        this.emitFile({ type: 'asset', fileName: `locales/${lang}/${element}.json`, source: json });
      }
    }
  },
});

/** The classic bundles find their own URL from the <script> that ran them, read as they start. */
const classicScriptUrl = () => ({
  name: 'classic-script-url',
  resolveImportMeta(property, { format }) {
    if (format === 'iife' && property === 'url') return '(pnwSrc || document.baseURI)';
    return null;
  },
});

/**
 * What each per-element file exports: its element's class, and `registerTranslation` for the
 * page's own words (the all-in-one bundles export what src/index.ts does).
 */
const entries = () => ({
  name: 'element-entries',
  resolveId: (id) => (id.startsWith('pnw-entry:') ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith('\0pnw-entry:')) return null;
    const element = id.slice('\0pnw-entry:'.length);
    return `export * from '${process.cwd()}/dist/lib/${element}/define.js';
export { registerTranslation } from '${process.cwd()}/dist/lib/i18n/translations.js';`;
  },
});

/**
 * A `format`'s code (src/client/formats/) is not in the bundles: each loads it the first time a
 * form uses it, from dist/formats/ beside the bundle (built by the configs below), as it finds
 * its locales. The classic bundle's output cannot split code, so the import stays an import.
 */
const formatsOnDemand = () => ({
  name: 'formats-on-demand',
  resolveDynamicImport(specifier, importer) {
    return importer.endsWith('/client/formats.js') ? false : null;
  },
  renderDynamicImport({ format, moduleId }) {
    if (!moduleId.endsWith('/client/formats.js')) return null;
    const base = format === 'iife' ? '(pnwSrc||document.baseURI)' : 'import.meta.url';
    return { left: 'import(new URL(', right: `,${base}).href)` };
  },
});

/**
 * Private and internal members of the elements start with `_`, the project's one rule for them
 * (as in Lit's starter kit), and terser shortens every property so named, in every chunk alike;
 * Lit's own `_$…` members too, which no other copy of Lit reads from ours, since each copy only
 * renders its own templates into its own elements. The build stops if custom-elements.json
 * publishes a `_` member: a page could use it, and renaming it would break that page.
 */
function privateMembers() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  for (const m of manifest.modules)
    for (const d of m.declarations ?? [])
      for (const x of d.members ?? [])
        if (x.name.startsWith('_') && (!x.privacy || x.privacy === 'public'))
          throw new Error(
            `rollup: ${d.name}.${x.name} is public; only private members start with _`,
          );
  return { properties: { regex: /^_/ } };
}

const mangle = privateMembers();
// A second pass finds what the first one's changes made possible (about 30 B gzip).
// keep_fargs: false lets terser see Lit's JSCompiler_renameProperty(name, obj) as the identity
// it is and drop it; it may drop unused parameters, which only Function#length could notice,
// and nothing here reads that. inline: 1 inlines only simple functions: inlining those that
// take arguments or hold variables costs more than the calls it saves (together about 20 B gzip).
// unsafe: rewrites that assume no page changed built-ins such as Array or Object.
const compress = { passes: 2, keep_fargs: false, inline: 1, unsafe: true };

/**
 * Terser, one chunk at a time, every chunk sharing one table of shortened member names: a name
 * shortened in the shared chunk must be shortened the same way in each element's file that uses
 * it. The all-in-one module builds first and holds every name, so the table it leaves avoids
 * every property name of the code, in whichever file each name ends up.
 */
const props = {};
const minifier = (module, { members = true } = {}) => ({
  name: 'terser',
  async renderChunk(code, chunk, output) {
    const nameCache = { props: props.cache };
    const result = await minify(code, {
      module,
      ecma: 2021,
      // Copies: terser writes into the options it is given (a module run sets top-level
      // mangling, which would then drop the classic script's global).
      ...structuredClone({ compress, mangle: members ? mangle : { properties: false } }),
      nameCache,
      format: { comments: /^!/ },
      sourceMap: output.sourcemap ? { asObject: true } : false,
    });
    props.cache = nameCache.props;
    return { code: result.code, map: result.map };
  },
});

const banner = '/*! pinched-nerve-widgets | MIT | includes Lit (BSD-3-Clause) */';

const plugins = [
  tscSourceMaps(),
  minifyTemplates(),
  classicScriptUrl(),
  entries(),
  formatsOnDemand(),
  // `production` picks Lit's build without dev-mode warnings and checks.
  nodeResolve({ browser: true, exportConditions: ['production'] }),
];
// A warning here is a file that differs from what we meant to ship.
const onwarn = (warning) => {
  throw new Error(`rollup: ${warning.message}`);
};
const classic = {
  format: 'iife',
  name: 'PinchedNerveWidgets',
  intro: 'var pnwSrc = document.currentScript && document.currentScript.src;',
  sourcemap: true,
  banner,
  // `module: true` would drop the `var PinchedNerveWidgets=` global.
  plugins: [minifier(false)],
};

/**
 * Every module two or more elements use goes in the one shared chunk; a module only one element
 * uses stays in that element's file.
 */
function sharedChunk(id, { getModuleInfo }) {
  const entriesOf = new Set();
  const seen = new Set();
  const walk = (m) => {
    if (seen.has(m)) return;
    seen.add(m);
    const info = getModuleInfo(m);
    if (info.isEntry) entriesOf.add(m);
    info.importers.forEach(walk);
  };
  walk(id);
  return entriesOf.size > 1 ? 'shared' : undefined;
}

const names = Object.keys(ELEMENTS);

/**
 * The shared chunk's name changes with its content: once a build is written, the last one's
 * goes. Only on writing: `npm run bench` builds parts of this config in memory, and must not
 * take the chunk from under dist/card.js and the others.
 */
const dropStaleChunks = () => ({
  name: 'drop-stale-chunks',
  writeBundle(_, bundle) {
    for (const f of readdirSync('dist'))
      if (/^shared-[\w-]+\.js(\.map)?$/.test(f) && !(f in bundle)) rmSync(`dist/${f}`);
  },
});

export default [
  // Every element, in one file each.
  {
    input: 'dist/lib/index.js',
    plugins: [...plugins, locales()],
    onwarn,
    output: [
      {
        file: 'dist/pinched-nerve-widgets.js',
        format: 'es',
        sourcemap: true,
        banner,
        plugins: [minifier(true)],
      },
      { ...classic, file: 'dist/pinched-nerve-widgets.iife.js' },
    ],
  },
  // One element per module, sharing one chunk.
  {
    input: Object.fromEntries(names.map((n) => [n, `pnw-entry:${n}`])),
    plugins: [...plugins, dropStaleChunks()],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: sharedChunk,
      sourcemap: true,
      banner,
      plugins: [minifier(true)],
    },
  },
  // One element per classic script, each self-contained. Each adds its element's class to the
  // same global, so two of them (or one and the all-in-one) leave every class reachable.
  ...names.map((n) => ({
    input: `pnw-entry:${n}`,
    plugins,
    onwarn,
    output: { ...classic, file: `dist/${n}.iife.js`, extend: true },
  })),
  // Each format on its own, an ES module the bundles import on demand (a classic script can import one).
  ...FORMATS.map((name) => ({
    input: `dist/lib/client/formats/${name}.js`,
    plugins: [tscSourceMaps()],
    onwarn,
    output: {
      file: `dist/formats/${name}.js`,
      format: 'es',
      sourcemap: true,
      banner,
      // A format's code holds no element's members, but a service's own field names, some
      // of which start with _ (Formspree's _subject and _gotcha): property names stay as written.
      plugins: [minifier(true, { members: false })],
    },
  })),
];

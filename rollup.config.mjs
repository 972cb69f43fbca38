// Bundles tsc's output (dist/lib) into the two script-tag artefacts. tsc compiles first
// (`npm run build:ts`) because TypeScript plugins for Rollup lag behind the compiler.
import { readFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { defaultStrategy, minifyHTMLLiterals } from 'minify-html-literals';

/** Reads tsc's own .js.map beside each file, so the bundle's map points at src/*.ts. */
const tscSourceMaps = () => ({
  name: 'tsc-source-maps',
  load(id) {
    if (!id.endsWith('.js') || !existsSync(`${id}.map`)) return null;
    return { code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8') };
  },
});

/**
 * CSS is only stripped of comments, spare whitespace and a few spare characters: clean-css
 * (the default here) silently drops at-rules it does not know, such as the card's @container
 * query.
 */
const minifyCssSafely = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    // Spaces after a colon are never needed (a selector's `a :hover` has its space before).
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    // 0.5em is .5em; #ffffff is #fff; [type='text'] is [type=text].
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
    .replace(/\[([\w-]+)='([\w-]+)'\]/g, '[$1=$2]')
    .trim();

const strategy = { ...defaultStrategy, minifyCSS: minifyCssSafely };

/** Collapses whitespace inside html`` and css`` templates (the Rollup wrapper wants Rollup 2). */
const minifyTemplates = () => ({
  name: 'minify-html-literals',
  transform(code, id) {
    if (!id.includes('/dist/lib/')) return null;
    const result = minifyHTMLLiterals(code, {
      fileName: id,
      strategy,
      minifyOptions: { removeAttributeQuotes: true },
    });
    return result ? { code: result.code, map: result.map } : null;
  },
});

/**
 * The built-in translations that load on demand (src/content/locales/*.json), minified and
 * checked, beside both bundles (dist/locales/) and beside the loader in dist/lib, since each
 * fetches them relative to its own URL.
 */
const locales = () => ({
  name: 'locales',
  buildStart() {
    const dir = 'src/content/locales';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const json = JSON.stringify(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
      mkdirSync('dist/lib/content/locales', { recursive: true });
      writeFileSync(`dist/lib/content/locales/${file}`, json);
      this.emitFile({ type: 'asset', fileName: `locales/${file}`, source: json });
    }
  },
  // The classic bundle finds its own URL from the <script> that ran it, read as it starts.
  resolveImportMeta(property, { format }) {
    if (format === 'iife' && property === 'url') return '(pnwSrc || document.baseURI)';
    return null;
  },
});

/**
 * Our own internal member names, shortened in the bundles (about 230 B gzip). Only names that
 * no page may use: the build stops when one is in custom-elements.json's public API, or no
 * longer in the code (a rename would leave it unshortened). Never add a name a browser or Lit
 * also uses (`set`, `once`, `values`…): every property of that name in the bundle is renamed.
 */
const INTERNAL_MEMBERS = [
  'timeoutSeconds',
  'succeed',
  'showStep',
  'showErrors',
  'sendMethod',
  'sendEncoding',
  'renderPhone',
  'renderCta',
  'renderAttribution',
  'refuseEndpoint',
  'refuseAttribute',
  'readLightItems',
  'phoneValue',
  'onToggle',
  'onSubmit',
  'onCta',
  'hiddenFieldValues',
  'focusField',
  'focusDrawn',
  'endpointProblem',
  'consentWords',
  'warnAttribute',
  'shownRegions',
  'layoutValue',
  'regionValue',
  'lightItems',
  'otherErrors',
  'successText',
  'announcedStep',
  'langCode',
  'pageLang',
  'privacyHref',
  'warned',
  'ownOr',
  'pageLists',
  'trap',
  'fail',
  'own',
  'emit',
  'isBuiltIn',
  'linkedCheck',
  'lightObserver',
  // The map's (in its own bundle only).
  'rootValue',
  'looked',
  'fillForm',
  'renderPanel',
  'onPick',
  'shownRoots',
  'choose',
];

function internalMembers() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const published = new Set(
    manifest.modules.flatMap((m) =>
      (m.declarations ?? []).flatMap((d) =>
        (d.members ?? []).filter((x) => !x.privacy || x.privacy === 'public').map((x) => x.name),
      ),
    ),
  );
  const code = readdirSync('dist/lib', { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(`dist/lib/${f}`, 'utf8'))
    .join('\n');
  for (const name of INTERNAL_MEMBERS) {
    if (published.has(name)) throw new Error(`rollup: ${name} is public; it must not be renamed`);
    if (!new RegExp(`\\.${name}\\b`).test(code))
      throw new Error(`rollup: ${name} is no longer in the code; take it off INTERNAL_MEMBERS`);
  }
  return { properties: { regex: new RegExp(`^(${INTERNAL_MEMBERS.join('|')})$`) } };
}

const mangle = internalMembers();
// A second pass finds what the first one's changes made possible (about 30 B gzip).
// keep_fargs: false lets terser see Lit's JSCompiler_renameProperty(name, obj) as the identity
// it is and drop it; it may drop unused parameters, which only Function#length could notice,
// and nothing here reads that. inline: 1 inlines only simple functions: inlining those that
// take arguments or hold variables costs more than the calls it saves (together about 20 B gzip).
const compress = { passes: 2, keep_fargs: false, inline: 1 };

const banner = '/*! pinched-nerve-widgets | MIT | includes Lit (BSD-3-Clause) */';

const all = {
  input: 'dist/lib/index.js',
  plugins: [
    tscSourceMaps(),
    minifyTemplates(),
    locales(),
    // `production` picks Lit's build without dev-mode warnings and checks.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
  ],
  // A warning here is a bundle that differs from what we meant to ship.
  onwarn(warning) {
    throw new Error(`rollup: ${warning.message}`);
  },
  output: [
    {
      file: 'dist/pinched-nerve-widgets.js',
      format: 'es',
      sourcemap: true,
      banner,
      plugins: [terser({ module: true, ecma: 2021, compress, mangle, format: { comments: /^!/ } })],
    },
    {
      file: 'dist/pinched-nerve-widgets.iife.js',
      format: 'iife',
      name: 'PinchedNerveWidgets',
      intro: 'var pnwSrc = document.currentScript && document.currentScript.src;',
      sourcemap: true,
      banner,
      // `module: true` would drop the `var PinchedNerveWidgets=` global.
      plugins: [
        terser({ module: false, ecma: 2021, compress, mangle, format: { comments: /^!/ } }),
      ],
    },
  ],
};

/** `<pinched-nerve-map>` on its own, dist/map.js and dist/map.iife.js: not in the all-in-one. */
const map = {
  ...all,
  input: 'dist/lib/map/define.js',
  output: all.output.map((o) => ({
    ...o,
    file: o.file.replace('pinched-nerve-widgets', 'map'),
    ...(o.name && { name: 'PinchedNerveMap' }),
  })),
};

export default [all, map];

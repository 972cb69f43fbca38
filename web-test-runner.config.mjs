import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { browsers, engines } from './scripts/browsers.mjs';
import { chromiumCommands } from './test/server/chromium-commands.mjs';
import {
  startFormspreeServer,
  startHubspotServer,
  startWebhookServer,
} from './test/server/contract-servers.mjs';
import { startEndpointServer } from './test/server/endpoint-server.mjs';
import { serverRendering } from './test/server/server-render.mjs';
import { freePort } from './test/helpers/ports.mjs';
import { startWebKitDriver, webkitCapabilities } from './test/helpers/webkit.mjs';

// The user's manual: the README and every guide in docs/, whose html examples a test runs.
const manuals = [
  '/README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `/docs/${f}`),
];

// The form posts cross-origin to a second, real HTTP server, so CORS preflights are real too.
const endpoint = await startEndpointServer(await freePort());
// Stand-ins for the services a clinic connects to (HubSpot, Formspree, a webhook), as documented.
const services = {
  hubspot: await startHubspotServer(),
  formspree: await startFormspreeServer(),
  webhook: await startWebhookServer(),
};
// A port with nothing listening, for the "server is down" path.
const downPort = await freePort();

// WebKit through WebKitWebDriver, started only when WebKit is among the engines.
const webkitDriver = engines.includes('webkit') ? await startWebKitDriver() : null;
const stopAll = () => {
  webkitDriver?.stop();
  endpoint.close();
  for (const service of Object.values(services)) service.close();
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

// The WebDriver launcher takes its name from capabilities.browserName, which WebKitGTK must not get.
// It sets the name again when it starts, so keep ours through a getter that ignores that write.
const named = (name, launcher) =>
  Object.defineProperty(launcher, 'name', { get: () => name, set: () => {}, configurable: true });

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: browsers.chromium.path,
        args: browsers.chromium.args,
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: browsers.firefox.path, headless: true },
    }),
  webkit: () =>
    named(
      'WebKit',
      webdriverLauncher({
        hostname: '127.0.0.1',
        port: webkitDriver?.port,
        logLevel: 'error',
        capabilities: webkitCapabilities(),
      }),
    ),
};

// With a target set, esbuild also rewrites every .js file it serves; the embed tests must load
// dist/ byte for byte as it ships (minified, unchanged size), so the bundles are left alone.
const esbuild = esbuildPlugin({
  ts: true,
  tsx: true,
  tsconfig: './tsconfig.json',
  target: 'es2021',
});
const esbuildTransform = esbuild.transform.bind(esbuild);
// test/helpers/built-as.js waits for a classic script at its top level, which es2021 cannot write.
esbuild.transform = (context) =>
  context.path.startsWith('/dist/') || context.path === '/test/helpers/built-as.js'
    ? undefined
    : esbuildTransform(context);

// On Lit's development build, a Lit warning (other than its dev-mode notice) fails the run:
// it is thrown where the page can't catch it, which the runner reports as a failed test file.
const failOnLitWarnings = `
    <script>
      const warn = console.warn;
      console.warn = (...args) => {
        warn(...args);
        const text = args.map(String).join(' ');
        if (/Lit is in dev mode/.test(text)) return;
        if (/lit\\.dev\\/msg\\//.test(text)) setTimeout(() => { throw new Error('Lit warning: ' + text); });
      };
    </script>`;

/**
 * `/late-words/<any name>/dist/…` serves dist/ as it ships, but holds its locales/ files back
 * until the test asks `/__release-words__/<that name>`: a test then sees for sure the English
 * drawing a Spanish page shows until its words arrive, however slow the machine. A new name for
 * each page keeps the browser's cache out of it.
 */
const heldWords = new Map();
const wordsGate = (name) => {
  if (!heldWords.has(name)) {
    let release;
    const arrived = new Promise((resolve) => (release = resolve));
    heldWords.set(name, { arrived, release });
  }
  return heldWords.get(name);
};
/**
 * Under /stalled-format/, the built files load as usual except `formats/hubspot.js`, which never
 * answers: a stalled format's code, for the send's `timeout` (issue 24 §5).
 */
const stalledFormat = async (ctx, next) => {
  if (!ctx.path.startsWith('/stalled-format/')) return next();
  if (ctx.path.endsWith('/dist/formats/hubspot.js')) {
    await new Promise((done) => ctx.req.once('close', done));
    return;
  }
  ctx.url = ctx.url.slice('/stalled-format'.length);
  return next();
};

const lateWords = async (ctx, next) => {
  const release = /^\/__release-words__\/([\w-]+)$/.exec(ctx.path);
  if (release) {
    wordsGate(release[1]).release();
    ctx.body = 'released';
    return;
  }
  const match = /^\/late-words\/([\w-]+)(?=\/dist\/)/.exec(ctx.path);
  if (!match) return next();
  if (ctx.path.startsWith(`${match[0]}/dist/locales/`)) await wordsGate(match[1]).arrived;
  ctx.url = ctx.url.slice(match[0].length);
  return next();
};

/**
 * The frameworks the tests in test/frameworks/ mount the widgets from, as a browser gets them
 * from a bundler. React ships only CommonJS: esbuild turns `react` and `react-dom/client` into
 * ES modules once, on first request (one React in a shared chunk, its production build). Vue's
 * own browser build (with the template compiler, so tests use templates as apps do) is served
 * as it ships. test/server/server-render.mjs renders the same React components on the server.
 */
/**
 * An esbuild entry `named:<CommonJS module>` exports the module as its default and each of its
 * keys by name (`import { useEffect } from 'react'`, and JSX's `jsx`, `Fragment`), as bundlers do.
 */
const namedExports = {
  name: 'named-exports',
  setup(b) {
    b.onResolve({ filter: /^named:/ }, ({ path }) => ({ path: path.slice(6), namespace: 'named' }));
    b.onLoad({ filter: /.*/, namespace: 'named' }, ({ path }) => {
      // Asked of another Node: React's development build patches the console it loads in.
      const names = JSON.parse(
        execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require('${path}')))`], {
          encoding: 'utf8',
        }),
      ).filter((n) => n !== 'default');
      return {
        contents: `import m from '${path}'; export default m; export const { ${names.join(', ')} } = m;`,
        resolveDir: process.cwd(),
      };
    });
  },
};

const frameworks = () => {
  let built;
  const bundles = () =>
    (built ??= build({
      entryPoints: {
        react: 'named:react',
        'react-jsx-runtime': 'named:react/jsx-runtime',
        'react-dom-client': 'named:react-dom/client',
      },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: '/__frameworks__',
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
      plugins: [namedExports],
    }).then(({ outputFiles }) => new Map(outputFiles.map((f) => [f.path, f.text]))));
  const aliases = {
    react: '/__frameworks__/react.js',
    'react/jsx-runtime': '/__frameworks__/react-jsx-runtime.js',
    'react-dom/client': '/__frameworks__/react-dom-client.js',
    // The Next.js components import the package by name: its built modules, as installed.
    'pinched-nerve-widgets': '/dist/lib/index.js',
    vue: '/node_modules/vue/dist/vue.esm-browser.prod.js',
  };
  return {
    name: 'frameworks',
    resolveImport: ({ source }) => aliases[source],
    async serve(context) {
      if (!context.path.startsWith('/__frameworks__/')) return undefined;
      const body = (await bundles()).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
};

/**
 * The browser tests load the built files, as pages do (`import '../../dist/check.js'`): by
 * default the ES modules, in every engine. Two more runs, in Chromium, take the same tests to
 * the other forms the package ships, through an import map that puts test/helpers/built-as.js
 * in place of each dist/ module:
 *   BUNDLE=iife  the classic scripts (dist/<name>.iife.js), as WordPress and script tags load them;
 *   MODE=dev     the package's modules (dist/lib), as a bundler gets them, on Lit's development
 *                build, whose warnings fail the run.
 * Those runs take only the test files that import a built file themselves: the others (pure
 * units, and the pages that load dist/ in frames) would run the same code again.
 */
const BUILT = ['pinched-nerve-widgets', 'card', 'symptoms', 'check', 'map'];
const builtForm =
  process.env.BUNDLE === 'iife' ? 'classic' : process.env.MODE === 'dev' ? 'package' : null;
const importMap = builtForm
  ? `<script type="importmap">${JSON.stringify({
      imports: Object.fromEntries(
        BUILT.map((name) => [`/dist/${name}.js`, `/test/helpers/built-as.js?${builtForm}=${name}`]),
      ),
    })}</script>`
  : '';
const importsBuilt = new RegExp(
  `^import [^;]*'(?:\\.\\./)+dist/(?:${BUILT.join('|')})\\.js';`,
  'm',
);
const testFiles = readdirSync('test', { recursive: true })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/${f}`);
const files = builtForm
  ? testFiles.filter((f) => importsBuilt.test(readFileSync(f, 'utf8')))
  : ['test/**/*.test.ts'];

// Picture tests (test/map/pictures.test.ts) compare screenshots with the references in
// test/map/screenshots/<engine>/baseline/; `UPDATE_SCREENSHOTS=1` (or --update-visual-baseline)
// writes new ones. A failure leaves the new picture and a diff in …/failed/ (not committed).
const pictures = visualRegressionPlugin({
  baseDir: 'test/map/screenshots',
  update:
    process.env.UPDATE_SCREENSHOTS === '1' || process.argv.includes('--update-visual-baseline'),
  // A pixel counts as changed past pixelmatch's colour threshold (anti-aliasing noise stays
  // under it); a picture fails past 12 changed pixels: moving an area's edge 2 px fails it.
  diffOptions: { threshold: 0.1 },
  failureThreshold: 12,
  failureThresholdType: 'pixel',
});

/**
 * Browser tests and their helpers that import '@open-wc/testing' get test/helpers/testing.ts,
 * which re-exports it with a waitUntil() that waits on its condition longer than open-wc's 1 s.
 */
const TESTING = '/test/helpers/testing.ts';
const waitsOnConditions = {
  name: 'waits-on-conditions',
  resolveImport: ({ source, context }) =>
    source === '@open-wc/testing' && context.path !== TESTING ? TESTING : undefined,
};

export default {
  files,
  // A free port, not 8000 and up: two runs (two checkouts) starting at once would both take 8000.
  port: await freePort(),
  middleware: [stalledFormat, lateWords],
  // MODE=dev runs the suite on Lit's development build, with its warnings; the default is what users get.
  nodeResolve: { exportConditions: [process.env.MODE === 'dev' ? 'development' : 'production'] },
  // Forced colours and the accessibility tree, through Chromium's DevTools protocol.
  plugins: [
    waitsOnConditions,
    frameworks(),
    serverRendering(),
    esbuild,
    chromiumCommands(),
    pictures,
  ],
  browsers: engines.map((name) => {
    if (!launchers[name]) throw new Error(`Unknown engine "${name}" in BROWSERS`);
    return launchers[name]();
  }),
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // Bounds for a hang, not guesses at speed: a busy machine (two runs at once on 2 cores) takes
  // several times as long as a quiet one. A test waits on conditions (waitUntil(), events); the
  // time it may take only decides how long a stuck one takes to fail.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 30000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Test</title></head>
  <body>
    <script>
      window.__ENDPOINT__ = ${JSON.stringify(endpoint.url)};
      window.__DOWN_URL__ = 'http://127.0.0.1:${downPort}';
      window.__MANUALS__ = ${JSON.stringify(manuals)};
      window.__SERVICES__ = ${JSON.stringify(Object.fromEntries(Object.entries(services).map(([k, v]) => [k, v.url])))};
    </script>${importMap}${process.env.MODE === 'dev' ? failOnLitWarnings : ''}
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};

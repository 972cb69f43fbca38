import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { browsers } from './scripts/browsers.mjs';
import { startEndpointServer } from './test/server/endpoint-server.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// The form posts cross-origin to a second, real HTTP server, so CORS preflights are real too.
const endpoint = await startEndpointServer(await freePort());
// A port with nothing listening, for the "server is down" path.
const downPort = await freePort();

// WebKit (Safari's engine) through WebKitWebDriver, under a virtual display.
const webdriverPort = await freePort();
const webkitDriver = spawn(
  browsers.xvfb.path,
  ['-a', browsers.webkitDriver.path, `--port=${webdriverPort}`],
  { stdio: 'ignore', detached: true },
);
const stopAll = () => {
  try {
    process.kill(-webkitDriver.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  endpoint.close();
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));
await new Promise((r) => setTimeout(r, 1500));

// The WebDriver launcher takes its name from capabilities.browserName, which WebKitGTK must not get.
// It sets the name again when it starts, so keep ours through a getter that ignores that write.
const named = (name, launcher) =>
  Object.defineProperty(launcher, 'name', { get: () => name, set: () => {}, configurable: true });

const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
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
        port: webdriverPort,
        logLevel: 'error',
        capabilities: {
          'webkitgtk:browserOptions': { binary: browsers.webkit.path, args: ['--automation'] },
        },
      }),
    ),
};

// With a target set, esbuild also rewrites every .js file it serves; the embed tests must load
// dist/ byte for byte as it ships (minified, unchanged size), so the bundles are left alone.
const esbuild = esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' });
const esbuildTransform = esbuild.transform.bind(esbuild);
esbuild.transform = (context) =>
  context.path.startsWith('/dist/') ? undefined : esbuildTransform(context);

export default {
  files: ['test/**/*.test.ts'],
  // MODE=dev runs the suite on Lit's development build, with its warnings; the default is what users get.
  nodeResolve: { exportConditions: [process.env.MODE === 'dev' ? 'development' : 'production'] },
  plugins: [esbuild],
  browsers: engines.map((name) => {
    if (!launchers[name]) throw new Error(`Unknown engine "${name}" in BROWSERS`);
    return launchers[name]();
  }),
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Test</title></head>
  <body>
    <script>
      window.__ENDPOINT__ = ${JSON.stringify(endpoint.url)};
      window.__DOWN_URL__ = 'http://127.0.0.1:${downPort}';
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};

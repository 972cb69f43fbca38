// The three engines, driven from Node for pages a real WordPress serves: Chromium and Firefox
// through puppeteer-core, WebKit through WebKitWebDriver (under Xvfb) with webdriverio. Each
// engine has one tab: goto(url), then run(fn, ...args) evaluates fn in the page and returns
// its (awaited, JSON-able) result.
import { engines } from '../../../scripts/browsers.mjs';
import { launchers as puppeteerLaunchers } from '../../helpers/launchers.mjs';
import { startWebKitDriver, webkitCapabilities } from '../../helpers/webkit.mjs';

export { engines };

async function viaPuppeteer(launch) {
  const browser = await launch();
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  return {
    page,
    goto: async (url) => {
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url}: ${response?.status()}`);
    },
    run: (fn, ...args) => page.evaluate(fn, ...args),
    close: () => browser.close(),
  };
}

async function viaWebDriver() {
  const { remote } = await import('webdriverio');
  const driver = await startWebKitDriver();
  try {
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: webkitCapabilities(),
    });
    await browser.setTimeout({ script: 30000, pageLoad: 60000 });
    await browser.setWindowSize(1100, 900).catch(() => {});
    return {
      goto: (url) => browser.url(url),
      run: (fn, ...args) => browser.execute(fn, ...args),
      close: async () => {
        await browser.deleteSession().catch(() => {});
        driver.stop();
      },
    };
  } catch (error) {
    driver.stop();
    throw error;
  }
}

export const launchers = {
  chromium: () => viaPuppeteer(puppeteerLaunchers.chromium),
  firefox: () => viaPuppeteer(puppeteerLaunchers.firefox),
  webkit: () => viaWebDriver(),
};

/** The engine named, started; the caller closes it. */
export const launch = (engine) => {
  if (!launchers[engine]) throw new Error(`Unknown engine "${engine}" in BROWSERS`);
  return launchers[engine]();
};

// The three engines, driven from Node for pages a real WordPress serves: Chromium and Firefox
// through puppeteer-core, WebKit through WebKitWebDriver (under Xvfb) with webdriverio. Each
// engine has one tab: goto(url), then run(fn, ...args) evaluates fn in the page and returns
// its (awaited, JSON-able) result.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import puppeteer from 'puppeteer-core';
import { browsers, engines } from '../../../scripts/browsers.mjs';
import { freePort } from '../../../scripts/wordpress/site.mjs';

export { engines };

const listening = (port, ms) =>
  new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not start on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });

async function viaPuppeteer(options) {
  const browser = await puppeteer.launch({ headless: true, ...options });
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
  const port = await freePort();
  const driver = spawn(browsers.xvfb.path, ['-a', browsers.webkitDriver.path, `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const kill = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // gone
    }
  };
  try {
    await listening(port, 30000);
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: browsers.webkit.path, args: ['--automation'] },
      },
    });
    await browser.setTimeout({ script: 30000, pageLoad: 60000 });
    await browser.setWindowSize(1100, 900).catch(() => {});
    return {
      goto: (url) => browser.url(url),
      run: (fn, ...args) => browser.execute(fn, ...args),
      close: async () => {
        await browser.deleteSession().catch(() => {});
        kill();
      },
    };
  } catch (error) {
    kill();
    throw error;
  }
}

export const launchers = {
  chromium: () =>
    viaPuppeteer({ executablePath: browsers.chromium.path, args: browsers.chromium.args }),
  firefox: () => viaPuppeteer({ browser: 'firefox', executablePath: browsers.firefox.path }),
  webkit: () => viaWebDriver(),
};

/** The engine named, started; the caller closes it. */
export const launch = (engine) => {
  if (!launchers[engine]) throw new Error(`Unknown engine "${engine}" in BROWSERS`);
  return launchers[engine]();
};

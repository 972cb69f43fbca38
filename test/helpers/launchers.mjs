// Puppeteer launches of Debian's Chromium and Firefox, for the node tests that open pages in a
// real browser themselves (the browser tests go through web-test-runner.config.mjs instead).
import puppeteer from 'puppeteer-core';
import { browsers } from '../../scripts/browsers.mjs';

export const launchers = {
  chromium: () =>
    puppeteer.launch({
      executablePath: browsers.chromium.path,
      args: browsers.chromium.args,
      headless: true,
    }),
  firefox: () =>
    puppeteer.launch({ browser: 'firefox', executablePath: browsers.firefox.path, headless: true }),
};

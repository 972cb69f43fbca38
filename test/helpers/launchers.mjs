// Puppeteer launches of Debian's Chromium and Firefox, for the node tests and scripts that open
// pages in a real browser themselves (the browser tests go through web-test-runner.config.mjs
// instead). `args` adds Chromium flags.
import puppeteer from 'puppeteer-core';
import { browsers } from '../../scripts/browsers.mjs';

export const launchers = {
  chromium: (args = []) =>
    puppeteer.launch({
      executablePath: browsers.chromium.path,
      args: [...browsers.chromium.args, ...args],
      headless: true,
    }),
  firefox: () =>
    puppeteer.launch({ browser: 'firefox', executablePath: browsers.firefox.path, headless: true }),
};

// `npm run screenshots`: the README's pictures of the card, the map and the form, at a phone's width and
// a desktop's, taken from the demo page by Debian's Chromium, so they show what the code draws
// today. Run it after a change to the widgets' words or looks, and commit docs/images/.
/* global document -- the evaluate() callbacks run in the browser */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchers } from '../test/helpers/launchers.mjs';
import { startDemoServer } from './serve-demo.mjs';

const OUT = fileURLToPath(new URL('../docs/images/', import.meta.url));
const WIDTHS = { phone: 360, desktop: 1200 };
const WIDGETS = {
  card: 'pinched-nerve-card',
  map: 'pinched-nerve-map',
  form: 'pinched-nerve-check',
};

mkdirSync(OUT, { recursive: true });
const server = await startDemoServer({ port: 0, log: () => {} });
const browser = await launchers.chromium(['--hide-scrollbars', '--force-color-profile=srgb']);
try {
  for (const [size, width] of Object.entries(WIDTHS)) {
    const tab = await browser.newPage();
    await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await tab.goto(server.url, { waitUntil: 'networkidle0' });
    for (const [name, tag] of Object.entries(WIDGETS)) {
      await tab.waitForFunction(
        (t) => document.querySelector(t)?.shadowRoot?.querySelector('[part="base"]'),
        {},
        tag,
      );
      // The widget's own box, not the space the demo reserves around it.
      const base = await tab.evaluateHandle(
        (t) => document.querySelector(t).shadowRoot.querySelector('[part="base"]'),
        tag,
      );
      const file = `${OUT}${name}-${size}.png`;
      await base.asElement().screenshot({ path: file });
      console.log(`docs/images/${name}-${size}.png`);
    }
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// The manual's Express handler ("Connecting your backend") is run as written: its code block is
// saved to a file, given a `saveToYourSecureSystem` that keeps what it is handed, and started on
// a free port. A form on a clinic's page (another origin), in Chromium, sends it a real submission, and a bad one gets
// its 422. Needs a build (`npm test` builds first).
/* global document, customElements -- the page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchers } from '../helpers/launchers.mjs';
import { createServer } from 'node:http';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The manual that holds the example. */
export const MANUAL = 'docs/backend.md';

/** The one `js` block that starts an Express app. */
function expressExample() {
  const text = readFileSync(join(root, MANUAL), 'utf8');
  const blocks = [...text.matchAll(/^```js\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  const found = blocks.filter((b) => b.includes("from 'express'"));
  assert.equal(found.length, 1, `${MANUAL} has one Express example`);
  return found[0];
}

let clinic;
let backend;
let browser;
let dir;

/** A clinic's page on its own origin: the classic bundle and one empty <main>, no CSP. */
const page = createServer((req, res) => {
  if (req.url === '/dist/pinched-nerve-widgets.iife.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    return res.end(readFileSync(join(root, 'dist/pinched-nerve-widgets.iife.js')));
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>' +
      '<script src="/dist/pinched-nerve-widgets.iife.js"></script></head><body><main></main></body></html>',
  );
});

before(async () => {
  await new Promise((resolve) => page.listen(0, '127.0.0.1', resolve));
  clinic = { url: `http://127.0.0.1:${page.address().port}/`, close: () => page.close() };
  const site = clinic.url.replace(/\/$/, '');
  const example = expressExample();
  assert.match(example, /const SITE = '[^']+';/, 'the example names the site it answers');
  // The example as a reader deploys it: their site's origin, their storage, a port to listen on.
  dir = mkdtempSync(join(tmpdir(), 'pnw-express-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const file = join(dir, 'server.mjs');
  writeFileSync(
    file,
    `export const saved = [];
const saveToYourSecureSystem = async (body) => { saved.push(body); };
${example.replace(/const SITE = '[^']+';/, `const SITE = ${JSON.stringify(site)};`)}
export const server = await new Promise((resolve) => {
  const s = app.listen(0, '127.0.0.1', () => resolve(s));
});
`,
  );
  backend = await import(pathToFileURL(file).href);
  browser = await launchers.chromium();
});

after(async () => {
  await browser?.close();
  backend?.server.close();
  await clinic?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const endpoint = () => `http://127.0.0.1:${backend.server.address().port}/candidate-check`;

describe(`${MANUAL}'s Express example`, () => {
  it('receives a real submission from the form in a browser, and the patient sees its thank-you', async () => {
    const tab = await browser.newPage();
    await tab.goto(clinic.url, { waitUntil: 'load' });
    await tab.evaluate(async (url) => {
      const check = document.createElement('pinched-nerve-check');
      check.setAttribute('endpoint', url);
      check.setAttribute('layout', 'single');
      document.querySelector('main').append(check);
      await customElements.whenDefined('pinched-nerve-check');
      await check.updateComplete;
      const root = check.shadowRoot;
      const set = (id, value) => {
        const input = root.getElementById(id);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      root.getElementById('f-region-1').click();
      set('f-name', 'Ada Lovelace');
      set('f-phone', '(555) 010-2000');
      root.getElementById('f-consent').click();
      await check.updateComplete;
      root.querySelector('[part="submit-button"]').click();
    }, endpoint());
    await tab.waitForFunction(
      () =>
        document.querySelector('main > pinched-nerve-check').shadowRoot.querySelector('.success'),
      { timeout: 15000 },
    );
    const shown = await tab.evaluate(
      () =>
        document.querySelector('main > pinched-nerve-check').shadowRoot.querySelector('.success')
          .textContent,
    );
    assert.match(shown, /Our team will contact you within one working day/);
    assert.equal(backend.saved.length, 1);
    const body = backend.saved[0];
    assert.equal(body.region, 'lumbar');
    assert.equal(body.name, 'Ada Lovelace');
    assert.equal(body.phone, '(555) 010-2000');
    assert.equal(body.consent, true);
    await tab.close();
  });

  it('answers 422 with field errors to a submission without a name or consent', async () => {
    const res = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: '(555) 010-2000' }),
    });
    assert.equal(res.status, 422);
    const { errors } = await res.json();
    assert.deepEqual(Object.keys(errors).sort(), ['consent', 'name']);
    assert.equal(backend.saved.length, 1, 'nothing more was saved');
  });
});

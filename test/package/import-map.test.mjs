// demo/import-map.html loads the package's ES modules (dist/lib/) with no bundle: an import map
// resolves `pinched-nerve-widgets`, `lit` and Lit's own packages to files the demo server serves
// from node_modules. This checks the server side (only those files, the map allowed by its hash
// and nothing else) and then renders the page in Chromium and Firefox under the demo's strict
// CSP: if the map is blocked, a module fails to resolve or a widget does not render, it fails.
//
// Needs a build (`npm test` builds first) and the browsers `npm test` checks for; an engine left
// out of BROWSERS is skipped.
/* global document -- the page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { launchers } from '../helpers/launchers.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

const PAGE = 'import-map.html';
const html = readFileSync(new URL(`../../demo/${PAGE}`, import.meta.url), 'utf8');
const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

let server;
let base;

before(async () => {
  assert.ok(
    existsSync(new URL('../../dist/lib/index.js', import.meta.url)),
    'dist/lib/index.js is missing: run `npm run build` first',
  );
  server = await startDemoServer({ port: 0, log: () => {} });
  base = server.url.replace(/\/$/, '');
});

after(() => server?.close());

/** A GET with the path sent exactly as written (fetch would normalise `..`). */
const rawGet = (path) =>
  new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });

describe('the demo server, for the import-map page', () => {
  it('allows the page’s import map by its SHA-256 hash, and no other inline script', async () => {
    const map = html.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1];
    const hash = createHash('sha256').update(map, 'utf8').digest('base64');
    const res = await fetch(`${base}/${PAGE}`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy');
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
    assert.equal(scriptSrc.trim(), `script-src 'self' 'sha256-${hash}'`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|nonce-/);
    // Pages without an import map keep the plain policy.
    const index = await fetch(`${base}/`);
    assert.match(index.headers.get('content-security-policy'), /script-src 'self';/);
  });

  it('serves the mapped packages’ scripts from node_modules', async () => {
    for (const path of [
      '/node_modules/lit/index.js',
      '/node_modules/lit/directives/if-defined.js',
      '/node_modules/lit-html/lit-html.js',
      '/node_modules/lit-element/lit-element.js',
      '/node_modules/@lit/reactive-element/reactive-element.js',
    ]) {
      const res = await fetch(base + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8', path);
    }
  });

  it('serves nothing else from node_modules, nor anything outside it', async () => {
    for (const path of [
      '/node_modules/',
      '/node_modules/lit',
      '/node_modules/lit/',
      '/node_modules/lit/package.json',
      '/node_modules/lit/README.md',
      '/node_modules/lit/index.d.ts',
      '/node_modules/typescript/lib/typescript.js',
      '/node_modules/.package-lock.json',
      '/node_modules/lit/../typescript/lib/typescript.js',
      '/node_modules/lit/..%2ftypescript%2flib%2ftypescript.js',
      '/node_modules/lit/%2e%2e/%2e%2e/package.json',
      '/node_modules/lit/..%2f..%2fscripts%2fserve-demo.mjs',
      '/node_modules/@lit/reactive-element/..%2f..%2flit%2fpackage.json',
      '/node_modules/lit/%00index.js',
    ]) {
      assert.equal(await rawGet(path), 404, path);
    }
  });
});

for (const [engine, launch] of Object.entries(launchers)) {
  describe(`${PAGE} in ${engine}`, { skip: !engines.includes(engine) && 'not in BROWSERS' }, () => {
    let browser;
    before(async () => {
      browser = await launch();
    });
    after(() => browser?.close());

    it('renders all three widgets from dist/lib/ and Lit from node_modules, with no error', async () => {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('requestfailed', (req) => problems.push(`failed: ${req.url()}`));
      tab.on('response', (res) => {
        if (res.status() >= 400) problems.push(`${res.status()}: ${res.url()}`);
      });
      await tab.evaluateOnNewDocument(() => {
        globalThis.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });

      await tab.goto(`${base}/${PAGE}`, { waitUntil: 'load' });
      await tab
        .waitForFunction(
          () =>
            ['pinched-nerve-card', 'pinched-nerve-symptoms', 'pinched-nerve-check'].every(
              // Something drawn besides the hidden fallback slot.
              (tag) =>
                [...(document.querySelector(tag)?.shadowRoot?.children ?? [])].some(
                  (c) => c.localName !== 'slot',
                ),
            ),
          { timeout: 15000 },
        )
        .catch((error) => {
          throw new Error(`the widgets did not render: ${problems.join('; ') || error.message}`);
        });

      const page = await tab.evaluate(async () => {
        const root = (tag) => document.querySelector(tag).shadowRoot;
        await Promise.all(
          ['pinched-nerve-card', 'pinched-nerve-symptoms', 'pinched-nerve-check'].map(
            (tag) => document.querySelector(tag).updateComplete,
          ),
        );
        return {
          cardTitle: root('pinched-nerve-card').querySelector('[part="heading"]')?.textContent,
          checkboxes:
            root('pinched-nerve-symptoms').querySelectorAll('input[type="checkbox"]').length,
          formTitle: root('pinched-nerve-check').querySelector('[part="heading"]')?.textContent,
          status: document.querySelector('[data-import-map-status]').textContent,
          loaded: performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname),
          violations: globalThis.__violations,
        };
      });
      await tab.close();

      assert.deepEqual(problems, []);
      assert.deepEqual(page.violations, [], 'CSP violations');
      assert.match(page.cardTitle ?? '', /\S/, 'the card has no title');
      assert.ok(page.checkboxes > 0, 'the symptom list shows no checkboxes');
      assert.match(page.formTitle ?? '', /\S/, 'the form has no title');
      // The page's own module got the class through the map. (The form's first step event waits
      // for the patient's first answer, so a page view alone announces none.)
      assert.equal(
        page.status,
        'Loaded: pinched-nerve-widgets from dist/lib/, Lit from node_modules.',
      );
      for (const path of ['/dist/lib/index.js', '/node_modules/lit/index.js']) {
        assert.ok(page.loaded.includes(path), `${path} was not loaded`);
      }
      assert.ok(
        !page.loaded.some((path) => /pinched-nerve-widgets(\.iife)?\.js$/.test(path)),
        'a bundle was loaded',
      );
    });
  });
}

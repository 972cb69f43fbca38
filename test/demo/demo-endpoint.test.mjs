// The demo server and its candidate-check endpoint, over real HTTP on a free port.
// Run with: node --test test/demo/
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

const SLOW_MS = 150;
let demo;
let base;
let logged = [];

before(async () => {
  demo = await startDemoServer({ port: 0, log: (text) => logged.push(text), slowMs: SLOW_MS });
  base = `http://127.0.0.1:${demo.port}`;
});
after(() => demo.close());

const endpoint = () => `${base}/api/candidate-check`;

/** Posts and returns the status, the parsed JSON body and what the server printed for it. */
async function post(body, init = {}) {
  logged = [];
  const headers = typeof body === 'string' ? { 'Content-Type': 'application/json' } : {};
  const res = await fetch(endpoint(), { method: 'POST', headers, body, ...init });
  const text = await res.text();
  return { res, status: res.status, json: text ? JSON.parse(text) : null, log: logged.join('\n') };
}

/** A GET with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: demo.port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the candidate-check endpoint', () => {
  it('accepts JSON and prints every field, arrays one item a line', async () => {
    const { status, json, log } = await post(
      JSON.stringify({
        clinic_id: 'lakeside-01',
        region: 'cervical',
        symptoms: ['Tingling', 'Neck pain'],
      }),
    );
    assert.equal(status, 200);
    assert.deepEqual(json, { message: 'Thanks — the demo server received your answers.' });
    assert.match(log, /Candidate check received \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    assert.match(log, /json · \d+ bytes · 3 fields/);
    assert.match(log, /clinic_id\s+: lakeside-01/);
    assert.match(log, /symptoms\s+: • Tingling\n\s+• Neck pain/);
  });

  it('accepts urlencoded forms and turns repeated keys into a list', async () => {
    const body = new URLSearchParams([
      ['region', 'lumbar'],
      ['symptoms', 'Muscle spasms'],
      ['symptoms', 'Tingling'],
    ]);
    const { status, log } = await post(body);
    assert.equal(status, 200);
    assert.match(log, / form · /);
    assert.match(log, /region\s+: lumbar/);
    assert.match(log, /symptoms\s+: • Muscle spasms\n\s+• Tingling/);
  });

  it('accepts multipart forms', async () => {
    const body = new FormData();
    body.append('region', 'both');
    body.append('symptoms', 'Tingling');
    body.append('symptoms', 'Muscle spasms');
    const { status, log } = await post(body);
    assert.equal(status, 200);
    assert.match(log, / multipart · /);
    assert.match(log, /symptoms\s+: • Tingling\n\s+• Muscle spasms/);
  });

  it('accepts PUT as well as POST', async () => {
    const { status } = await post(JSON.stringify({ region: 'lumbar' }), { method: 'PUT' });
    assert.equal(status, 200);
  });

  it('answers 500 for demo_scenario=server-error', async () => {
    const { status } = await post(JSON.stringify({ demo_scenario: 'server-error' }));
    assert.equal(status, 500);
  });

  it('answers 422 with field errors for demo_scenario=field-errors, in any encoding', async () => {
    for (const body of [
      JSON.stringify({ demo_scenario: 'field-errors' }),
      new URLSearchParams({ demo_scenario: 'field-errors' }),
    ]) {
      const { status, json } = await post(body);
      assert.equal(status, 422);
      assert.deepEqual(json, { errors: { email: 'This email address is not accepted' } });
    }
  });

  it('answers 429 with Retry-After for demo_scenario=rate-limited', async () => {
    const body = new FormData();
    body.append('demo_scenario', 'rate-limited');
    const { res, status } = await post(body);
    assert.equal(status, 429);
    assert.equal(res.headers.get('retry-after'), '60');
  });

  it('waits before answering for demo_scenario=slow', async () => {
    const started = Date.now();
    const { status, log } = await post(JSON.stringify({ demo_scenario: 'slow' }));
    assert.equal(status, 200);
    assert.ok(Date.now() - started >= SLOW_MS - 10);
    assert.match(log, /demo_scenario=slow: waiting 150 ms/);
  });

  it('answers a CORS preflight with the origin, methods and header a real backend must allow', async () => {
    const res = await fetch(endpoint(), {
      method: 'OPTIONS',
      headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://clinic.example');
    assert.equal(res.headers.get('access-control-allow-methods'), 'POST, PUT');
    assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type');
  });

  it('refuses GET with 405', async () => {
    const res = await fetch(endpoint());
    assert.equal(res.status, 405);
    assert.match(res.headers.get('allow'), /POST, PUT/);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const { status } = await post(new URLSearchParams({ note: 'a'.repeat(65 * 1024) }));
    assert.equal(status, 413);
  });

  it('refuses broken JSON (400) and other content types (415)', async () => {
    assert.equal((await post('{oops')).status, 400);
    assert.equal((await post('hi', { headers: { 'Content-Type': 'text/plain' } })).status, 415);
  });

  it('keeps terminal escape sequences out of the printout', async () => {
    const { log } = await post(JSON.stringify({ name: '\u001b[31mred\u001b[0m' }));
    assert.ok(!log.includes('\u001b'));
    assert.match(log, /\\u001b\[31mred/);
  });
});

describe('the demo pages', () => {
  it('serves the demo page at / as HTML under a strict CSP', async () => {
    const res = await fetch(`${base}/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(res.headers.get('content-security-policy'), /script-src 'self'/);
    assert.match(await res.text(), /<pinched-nerve-check/);
  });

  it('serves the Spanish page, and the Spanish words its widgets fetch under its CSP', async () => {
    const page = await fetch(`${base}/es.html`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html lang="es">/);
    // The widgets fetch locales/es/<element>.json from beside the bundle: connect-src must allow it.
    assert.match(page.headers.get('content-security-policy'), /connect-src 'self'/);
    const words = await fetch(`${base}/dist/locales/es/check.json`);
    assert.equal(words.status, 200);
    assert.match(words.headers.get('content-type'), /^application\/json/);
    assert.equal((await words.json()).check.stepOf, 'Paso {step} de {of}');
  });

  it('serves the favicon and styles with their content types', async () => {
    for (const [path, type] of [
      ['/favicon.ico', 'image/x-icon'],
      ['/favicon.svg', 'image/svg+xml'],
      ['/demo.css', 'text/css; charset=utf-8'],
      ['/analytics-log.js', 'text/javascript; charset=utf-8'],
    ]) {
      const res = await fetch(base + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), type, path);
    }
  });

  it('serves nothing outside demo/ and dist/', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/dist/..%2f..%2fpackage.json',
      '/dist/%2e%2e/scripts/serve-demo.mjs',
      '/%00',
    ]) {
      assert.equal(await rawGet(path), 404, path);
    }
  });
});

// The relay on a real WordPress: with a webhook set and no endpoint, the form posts to the
// plugin's own REST route, which checks the answers, forwards them to the webhook exactly as
// the form sent them and answers in the form's contract. A local http webhook is allowed only
// because the test site is `local` and its must-use plugin opts in (scripts/wordpress/test-plugin.php).
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { check as words } from '../../dist/lib/content/check-en.js';
import { engines, launch } from './helpers/browsers.mjs';
import { completeForm } from './helpers/form-scripts.mjs';
import { freePort } from '../../scripts/wordpress/site.mjs';
import { startWebhook } from './helpers/webhook.mjs';
import { html, php, publish, setOption, setSettings, site } from './helpers/site.mjs';

const PHONE = '(555) 010-4477';
const ROUTE = '/wp-json/pinched-nerve-widgets/v1/submit';
const payload = {
  region: 'lumbar',
  symptoms: ['Leg pain'],
  name: 'Ada Lovelace',
  phone: '(555) 010-2000',
  email: '',
  contact_method: 'phone',
  consent: true,
  consent_text: 'I agree.',
  lang: 'en',
};

let hook;
let page;
let slowPage;

const post = (body, type = 'application/json') =>
  fetch(`${site.url}${ROUTE}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const answer = async (response) => ({ status: response.status, body: await response.json() });
const clearRateLimit = () =>
  php(
    `global $wpdb; $wpdb->query("DELETE FROM {$wpdb->options} WHERE option_name LIKE '%pnw_rl_%'"); wp_cache_flush();`,
  );

before(async () => {
  hook = await startWebhook();
  setSettings({ phone: PHONE, endpoint: '', webhook: hook.url });
  setOption('pnw_test_rate_limit', 1000);
  page = await publish(
    'author',
    'Relay form',
    '<!-- wp:pinched-nerve-widgets/check {"layout":"single"} /-->',
  );
  slowPage = await publish(
    'author',
    'Relay form that waits two seconds',
    '<!-- wp:pinched-nerve-widgets/check {"layout":"single","timeout":"2"} /-->',
  );
});
after(async () => {
  setOption('pnw_test_rate_limit', null);
  setOption('pnw_test_relay_timeout', null);
  clearRateLimit();
  await hook?.close();
});
beforeEach(() => {
  hook.received.length = 0;
  hook.answer = { status: 200, body: { message: 'We will call you within one working day.' } };
});

describe('the relay route', () => {
  it('is where a form without an endpoint posts, on the same site; the webhook address never reaches the page', async () => {
    const text = await html(page.link);
    assert.match(
      text,
      /<pinched-nerve-check[^>]* endpoint="\/wp-json\/pinched-nerve-widgets\/v1\/submit"/,
    );
    assert.ok(!text.includes(hook.url) && !text.includes(new URL(hook.url).port + '/hook'));
  });

  it('forwards the body exactly as it came, with its content type, and passes the message back', async () => {
    const body = JSON.stringify(payload);
    assert.deepEqual(await answer(await post(body)), {
      status: 200,
      body: { message: 'We will call you within one working day.' },
    });
    assert.equal(hook.received.length, 1);
    assert.equal(hook.received[0].body, body);
    assert.equal(hook.received[0].type, 'application/json');
    const form = 'name=Ada&phone=555-010-2000&consent=true&treatments=injections&treatments=none';
    assert.equal((await post(form, 'application/x-www-form-urlencoded;charset=UTF-8')).status, 200);
    assert.equal(hook.received[1].body, form);
  });

  it('checks what the form checks, and forwards nothing it refuses', async () => {
    const refused = await answer(
      await post({ ...payload, name: ' ', phone: '12', consent: false }),
    );
    assert.equal(refused.status, 422);
    assert.deepEqual(Object.keys(refused.body.errors).sort(), ['consent', 'name', 'phone']);
    assert.equal(refused.body.errors.name, 'Enter your name');
    const noContact = await answer(await post({ ...payload, phone: '', email: '' }));
    assert.deepEqual(noContact, {
      status: 422,
      body: { errors: { phone: 'Enter a phone number or an email address' } },
    });
    assert.equal((await post({ ...payload, email: 'not-an-email' })).status, 422);
    // The spam trap: thanked, not sent.
    assert.equal((await post({ ...payload, pnw_hp: 'bot' })).status, 200);
    assert.equal((await post('{not json')).status, 400);
    assert.equal(hook.received.length, 0);
  });

  it('refuses a body over 64 KB', async () => {
    const big = JSON.stringify({ ...payload, consent_text: 'x'.repeat(65536) });
    assert.equal((await post(big)).status, 413);
    const fits = JSON.stringify({ ...payload, consent_text: 'x'.repeat(60000) });
    assert.equal((await post(fits)).status, 200);
    assert.equal(hook.received.length, 1);
  });

  it('answers in the form’s contract for each webhook answer', async () => {
    const cases = [
      [
        { status: 201, body: { ok: true } },
        { status: 200, body: {} },
      ],
      [
        { status: 422, body: { errors: { email: 'Not accepted' } } },
        { status: 422, body: { errors: { email: 'Not accepted' } } },
      ],
      [
        { status: 400, body: { errors: [{ field: 'phone', message: 'No' }] } },
        { status: 400, body: { errors: [{ field: 'phone', message: 'No' }] } },
      ],
      [
        { status: 403, body: { code: 'secret', detail: 'internal' } },
        { status: 403, body: {} },
      ],
      [
        { status: 429, body: { retry: 60 } },
        { status: 429, body: {} },
      ],
      [
        { status: 500, body: { trace: 'internal' } },
        { status: 502, body: {} },
      ],
      [
        { status: 302, body: {} },
        { status: 502, body: {} },
      ],
    ];
    for (const [webhook, expected] of cases) {
      hook.answer = webhook;
      assert.deepEqual(await answer(await post(payload)), expected, `webhook ${webhook.status}`);
    }
  });

  it('answers 502 when the webhook is down and 504 when it is too slow', async () => {
    setSettings({
      phone: PHONE,
      endpoint: '',
      webhook: `http://127.0.0.1:${await freePort()}/hook`,
    });
    try {
      assert.equal((await post(payload)).status, 502);
    } finally {
      setSettings({ phone: PHONE, endpoint: '', webhook: hook.url });
    }
    setOption('pnw_test_relay_timeout', 1);
    hook.answer = { status: 200, body: {}, delay: 2500 };
    try {
      assert.equal((await post(payload)).status, 504);
    } finally {
      setOption('pnw_test_relay_timeout', null);
    }
  });

  it('limits how often one client sends (429), counting by a hash of the address', async () => {
    clearRateLimit();
    setOption('pnw_test_rate_limit', 3);
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(payload)).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      assert.equal(hook.received.length, 3);
      const stored = php(
        `global $wpdb; echo wp_json_encode($wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%pnw_rl_%'"));`,
      );
      assert.ok(!stored.includes('127.0.0.1') && /pnw_rl_[0-9a-f]{32}/.test(stored), stored);
    } finally {
      setOption('pnw_test_rate_limit', 1000);
      clearRateLimit();
    }
  });

  it('stores nothing of the answers', async () => {
    const marker = 'Zebulon Quillfeather';
    await post({ ...payload, name: marker });
    const found = php(
      `global $wpdb; $n = 0; foreach ($wpdb->get_col('SHOW TABLES') as $t) { foreach ($wpdb->get_results("SELECT * FROM $t", ARRAY_N) as $row) { if (strpos(implode(' ', $row), '${marker}') !== false) $n++; } } echo $n;`,
    );
    assert.equal(found, '0');
  });

  it('is not there for a plain-http webhook unless the site is local and opts in', async () => {
    setOption('pnw_test_refuse_http_webhook', 1);
    try {
      assert.equal((await post(payload)).status, 404);
      assert.ok(!(await html(page.link)).includes('endpoint="/wp-json/pinched-nerve-widgets'));
    } finally {
      setOption('pnw_test_refuse_http_webhook', null);
    }
  });
});

for (const engine of ['chromium', 'firefox', 'webkit']) {
  describe(
    `a patient on a WordPress page, in ${engine}`,
    { skip: !engines.includes(engine) && 'not in BROWSERS' },
    () => {
      let browser;
      before(async () => {
        browser = await launch(engine);
      });
      after(() => browser?.close());

      it('sends the answers, which reach the webhook through the relay exactly as the form sent them', async () => {
        await browser.goto(page.link);
        const seen = await browser.run(completeForm);
        assert.equal(seen.event, 'success', JSON.stringify(seen));
        assert.ok(seen.status.includes(words.success.heading), seen.status);
        assert.ok(seen.status.includes('We will call you within one working day.'), seen.status);
        assert.equal(seen.sent.length, 1);
        assert.equal(hook.received.length, 1);
        assert.equal(hook.received[0].body, seen.sent[0]);
        assert.equal(JSON.parse(seen.sent[0]).name, 'Ada Lovelace');
      });

      const failures = [
        [
          'answers 422 with a field error',
          { status: 422, body: { errors: { email: 'This address bounced' } } },
          (seen) => {
            assert.ok(seen.errorSummary.includes('This address bounced'), seen.errorSummary);
          },
        ],
        [
          'answers 429',
          { status: 429, body: {} },
          (seen) => assert.ok(seen.status.includes(words.failure.busy), seen.status),
        ],
        [
          'is down',
          'down',
          (seen) => assert.ok(seen.status.includes(words.failure.server), seen.status),
        ],
        [
          'is slow',
          { status: 200, body: {}, delay: 4000 },
          (seen) => assert.ok(seen.status.includes(words.failure.timeout), seen.status),
        ],
      ];
      for (const [what, webhook, expectMessage] of failures) {
        it(`keeps the answers and says the right thing when the webhook ${what}`, async () => {
          if (webhook === 'down')
            setSettings({
              phone: PHONE,
              endpoint: '',
              webhook: `http://127.0.0.1:${await freePort()}/hook`,
            });
          else hook.answer = webhook;
          try {
            await browser.goto(webhook.delay ? slowPage.link : page.link);
            const seen = await browser.run(completeForm);
            assert.match(seen.event, /^error/, JSON.stringify(seen));
            expectMessage(seen);
            assert.deepEqual(seen.kept, {
              name: 'Ada Lovelace',
              phone: '(555) 010-2000',
              email: 'ada@example.com',
              consent: true,
            });
          } finally {
            setSettings({ phone: PHONE, endpoint: '', webhook: hook.url });
          }
        });
      }
    },
  );
}

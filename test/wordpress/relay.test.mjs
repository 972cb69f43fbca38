// The relay on a real WordPress: with a webhook set and no endpoint, the form posts to the
// plugin's own REST route, which takes only this site's pages' requests and the form's own
// fields, sets what only the site knows (consent words, page, time), checks the answers,
// forwards them to the webhook and answers in the form's contract. A local http webhook is
// allowed only because the test site is `local` and its must-use plugin opts in
// (scripts/wordpress/test-plugin.php).
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
const CONSENT = words.consent.text.replace('{clinic}', 'Lakeside Spine');
const payload = {
  region: 'lumbar',
  symptoms: ['Leg pain'],
  duration: 'over-a-year',
  treatments: ['injections', 'physical-therapy'],
  mri: 'no',
  name: 'Ada Lovelace',
  phone: '(555) 010-2000',
  email: '',
  contact_method: 'phone',
  consent: true,
  lang: 'en',
};

let hook;
let page;
let slowPage;
const settings = () => ({
  phone: PHONE,
  clinic_name: 'Lakeside Spine',
  endpoint: '',
  webhook: hook.url,
});

/** A post to the relay, from this site's page unless `headers` say otherwise. */
const post = (body, type = 'application/json', headers = {}) =>
  fetch(`${site.url}${ROUTE}`, {
    method: 'POST',
    headers: {
      'content-type': type,
      origin: site.url,
      referer: `${site.url}/relay-form/?utm_source=x#top`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const answer = async (response) => ({ status: response.status, body: await response.json() });
const clearRateLimit = () =>
  php(
    `global $wpdb; $wpdb->query("DELETE FROM {$wpdb->options} WHERE option_name LIKE '%pnw_rl_%'"); wp_cache_flush();`,
  );
const failures = () =>
  JSON.parse(php(`echo wp_json_encode(get_option('pnw_relay_failures'));`) || 'false');

before(async () => {
  hook = await startWebhook();
  setSettings(settings());
  setOption('pnw_test_rate_limit', 1000);
  setOption('pnw_test_refused_limit', 1000);
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
  setOption('pnw_test_refused_limit', null);
  setOption('pnw_test_relay_timeout', null);
  setOption('pnw_relay_failures', null);
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

  it('forwards the form’s fields, with the consent words, page and time set by the site, and passes the message back', async () => {
    const started = Date.now();
    const forged = {
      ...payload,
      consent_text: 'I agree to anything.',
      page_url: 'https://evil.test/',
      submitted_at: '1999-01-01T00:00:00.000Z',
      extra: '<b>injected</b>',
      source: 'anywhere',
    };
    assert.deepEqual(await answer(await post(forged)), {
      status: 200,
      body: { message: 'We will call you within one working day.' },
    });
    assert.equal(hook.received.length, 1);
    assert.equal(hook.received[0].type, 'application/json');
    const got = JSON.parse(hook.received[0].body);
    const {
      consent_text: consent,
      consent_automated_text: automated,
      page_url: url,
      submitted_at: at,
      ...fields
    } = got;
    assert.deepEqual(fields, payload);
    // The second box's words, set by the site with the number typed.
    assert.match(automated, /^I also agree to automated calls and texts from Lakeside Spine to /);
    assert.equal(consent, CONSENT);
    assert.equal(url, `${site.url}/relay-form/`);
    assert.ok(Math.abs(Date.parse(at) - started) < 60000, at);
    // Spanish words for a Spanish form; no page from another site.
    await post({ ...payload, lang: 'es' }, 'application/json', { referer: 'https://evil.test/x' });
    const spanish = JSON.parse(hook.received[1].body);
    assert.match(spanish.consent_text, /^Acepto que Lakeside Spine/);
    assert.equal(spanish.page_url, '');

    const form =
      'name=Ada&phone=555-010-2000&consent=true&treatments=injections&treatments=none&extra=1';
    assert.equal((await post(form, 'application/x-www-form-urlencoded;charset=UTF-8')).status, 200);
    assert.equal(hook.received[2].type, 'application/x-www-form-urlencoded;charset=UTF-8');
    const params = new URLSearchParams(hook.received[2].body);
    assert.deepEqual(params.getAll('treatments'), ['injections', 'none']);
    assert.equal(params.get('name'), 'Ada');
    assert.equal(params.get('consent'), 'true');
    assert.equal(params.get('consent_text'), CONSENT);
    assert.equal(params.get('extra'), null);
  });

  it('refuses requests from other sites, and without an Origin, with 403, before forwarding', async () => {
    for (const origin of ['https://evil.test', 'null', site.url.replace('127.0.0.1', 'localhost')])
      assert.equal((await post(payload, 'application/json', { origin })).status, 403, origin);
    const bare = await fetch(`${site.url}${ROUTE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    assert.equal(bare.status, 403);
    assert.equal(hook.received.length, 0);
  });

  it('refuses nested values, wrong types, markup, unknown choices and other content types with a 4xx, before forwarding', async () => {
    const refused = [
      [{ ...payload, name: { first: 'Ada' } }, 400],
      [{ ...payload, symptoms: [{ a: 1 }] }, 400],
      [{ ...payload, symptoms: 'Leg pain' }, 200],
      [{ ...payload, region: 'mars' }, 400],
      [{ ...payload, treatments: ['surgery-at-home'] }, 400],
      [{ ...payload, name: '<script>alert(1)</script>' }, 400],
      [{ ...payload, name: 'A'.repeat(201) }, 400],
      [{ ...payload, symptoms: Array(61).fill('Leg pain') }, 400],
      [[payload], 400],
    ];
    for (const [body, status] of refused)
      assert.equal((await post(body)).status, status, JSON.stringify(body).slice(0, 80));
    assert.equal(
      (
        await post(
          'name=Ada&a[b]=c&consent=true&phone=5550102000',
          'application/x-www-form-urlencoded',
        )
      ).status,
      400,
    );
    assert.equal((await post('name=Ada', 'text/plain')).status, 415);
    const multipart = new FormData();
    multipart.append('name', 'Ada');
    const sent = await fetch(`${site.url}${ROUTE}`, {
      method: 'POST',
      headers: { origin: site.url },
      body: multipart,
    });
    assert.equal(sent.status, 415);
    // Only the one with a list as a single string got through (as the form's urlencoded sends it).
    assert.equal(hook.received.length, 1);
    assert.deepEqual(JSON.parse(hook.received[0].body).symptoms, ['Leg pain']);
    assert.equal(
      php(
        `echo (int) file_exists('${site.dir}/debug.log') ? count(preg_grep('/pinched-nerve|pnw_/', file('${site.dir}/debug.log'))) : 0;`,
      ),
      '0',
    );
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

  it('refuses a body over 64 KB, counted in the bytes really read, a chunked one too', async () => {
    const big = JSON.stringify({ ...payload, extra: 'x'.repeat(65536) });
    assert.equal((await post(big)).status, 413);
    const chunks = [big.slice(0, 30000), big.slice(30000)];
    const chunked = await fetch(`${site.url}${ROUTE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: site.url },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(new TextEncoder().encode(next));
          else controller.close();
        },
      }),
      duplex: 'half',
    });
    assert.equal(chunked.status, 413);
    const fits = JSON.stringify({ ...payload, extra: 'x'.repeat(60000) });
    assert.equal((await post(fits)).status, 200);
    assert.equal(hook.received.length, 1);
    assert.ok(hook.received[0].body.length < 2000, 'the unknown field was not forwarded');
  });

  it('answers in the form’s contract for each webhook answer; a redirect or a late answer says the answers may have arrived', async () => {
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
        { status: 504, body: { code: 'pnw_uncertain' } },
      ],
    ];
    for (const [webhook, expected] of cases) {
      hook.answer = webhook;
      assert.deepEqual(await answer(await post(payload)), expected, `webhook ${webhook.status}`);
    }
  });

  it('answers 502 when the webhook is down and 504 “may have arrived” when it is too slow', async () => {
    setSettings({ ...settings(), webhook: `http://127.0.0.1:${await freePort()}/hook` });
    try {
      assert.equal((await post(payload)).status, 502);
    } finally {
      setSettings(settings());
    }
    setOption('pnw_test_relay_timeout', 1);
    hook.answer = { status: 200, body: {}, delay: 2500 };
    try {
      assert.deepEqual(await answer(await post(payload)), {
        status: 504,
        body: { code: 'pnw_uncertain' },
      });
    } finally {
      setOption('pnw_test_relay_timeout', null);
    }
  });

  it('counts failed forwards with their time and status only, tells administrators, and forgets them once one gets through', async () => {
    setOption('pnw_relay_failures', null);
    hook.answer = { status: 500, body: {} };
    await post({ ...payload, name: 'Zebulon Quillfeather' });
    hook.answer = { status: 302, body: {} };
    await post(payload);
    const counted = failures();
    assert.deepEqual(Object.keys(counted).sort(), ['count', 'last', 'since', 'status']);
    assert.equal(counted.count, 2);
    assert.equal(counted.status, '302');
    assert.ok(!JSON.stringify(counted).includes('Zebulon'));
    const notice = (login) =>
      php(`wp_set_current_user(get_user_by('login', '${login}')->ID); pnw_failures_notice();`);
    assert.match(
      notice('admin'),
      /id="pnw-failures-notice"[\s\S]*2 answers from patients could not be passed to your webhook/,
    );
    assert.equal(notice('editor'), '');
    hook.answer = { status: 200, body: {} };
    await post(payload);
    assert.equal(failures(), false);
    assert.equal(notice('admin'), '');
  });

  it('limits how often one client sends (429), by a hash of the address; refused requests never use up a patient’s allowance', async () => {
    clearRateLimit();
    setOption('pnw_test_rate_limit', 3);
    setOption('pnw_test_refused_limit', 5);
    try {
      // Junk first, past its own limit: refused, then 429, and still no patient is held back.
      const junk = [];
      for (let i = 0; i < 6; i++) junk.push((await post({ ...payload, consent: false })).status);
      assert.deepEqual(junk, [422, 422, 422, 422, 422, 429]);
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
      setOption('pnw_test_refused_limit', 1000);
      clearRateLimit();
    }
  });

  it('behind a proxy, counts by the address the setting names (X-Forwarded-For’s last), and ignores the header otherwise', async () => {
    clearRateLimit();
    setOption('pnw_test_rate_limit', 1);
    const from = (ip) =>
      post(payload, 'application/json', { 'x-forwarded-for': `10.9.9.9, ${ip}` });
    try {
      // No proxy set: the header is anyone's to forge, so everyone is 127.0.0.1.
      assert.deepEqual(
        [(await from('203.0.113.1')).status, (await from('203.0.113.2')).status],
        [200, 429],
      );
      clearRateLimit();
      setSettings({ ...settings(), client_ip_header: 'x-forwarded-for' });
      assert.deepEqual(
        [
          (await from('203.0.113.1')).status,
          (await from('203.0.113.2')).status,
          (await from('203.0.113.1')).status,
        ],
        [200, 200, 429],
      );
    } finally {
      setSettings(settings());
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

  it('exists only while forms use it: not with an endpoint on the settings page, nor for a plain-http webhook unless the site is local and opts in', async () => {
    setSettings({ ...settings(), endpoint: 'https://forms.lakeside-spine.test/check' });
    try {
      assert.equal((await post(payload)).status, 404);
    } finally {
      setSettings(settings());
    }
    setOption('pnw_test_refuse_http_webhook', 1);
    try {
      assert.equal((await post(payload)).status, 404);
      assert.ok(!(await html(page.link)).includes('endpoint="/wp-json/pinched-nerve-widgets'));
    } finally {
      setOption('pnw_test_refuse_http_webhook', null);
    }
    assert.equal(hook.received.length, 0);
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

      it('sends the answers, which reach the webhook through the relay as the form sent them, with the site’s consent words, page and time', async () => {
        await browser.goto(page.link);
        const seen = await browser.run(completeForm);
        assert.equal(seen.event, 'success', JSON.stringify(seen));
        assert.ok(seen.status.includes(words.success.heading), seen.status);
        assert.ok(seen.status.includes('We will call you within one working day.'), seen.status);
        assert.equal(seen.sent.length, 1);
        assert.equal(hook.received.length, 1);
        const sent = JSON.parse(seen.sent[0]);
        const got = JSON.parse(hook.received[0].body);
        assert.equal(sent.name, 'Ada Lovelace');
        // What the form sent, but the consent words, page and time the site sets.
        for (const key of ['consent_text', 'consent_automated_text', 'page_url', 'submitted_at'])
          delete sent[key];
        assert.deepEqual(
          {
            ...got,
            consent_text: undefined,
            consent_automated_text: undefined,
            page_url: undefined,
            submitted_at: undefined,
          },
          {
            ...sent,
            consent_text: undefined,
            consent_automated_text: undefined,
            page_url: undefined,
            submitted_at: undefined,
          },
        );
        assert.equal(got.consent_text, CONSENT);
        assert.equal(got.page_url, page.link);
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
        // The relay's 504 pnw_uncertain (issue 23): the answers may have arrived, so the form
        // says so and to call, rather than "not sent, try again".
        ...[
          ['redirects', { status: 302, body: {} }],
          ['answers after the relay gave up', { status: 200, body: {}, delay: 2500, relay: 1 }],
        ].map(([what, webhook]) => [
          what,
          webhook,
          (seen) => {
            assert.equal(seen.event, 'error 504');
            for (const said of [
              words.failure.uncertainHeading,
              words.failure.uncertain,
              `${words.failure.uncertainCall} ${PHONE}.`,
            ])
              assert.ok(seen.status.includes(said), seen.status);
            assert.ok(!seen.status.includes(words.failure.server), seen.status);
          },
        ]),
      ];
      for (const [what, webhook, expectMessage] of failures) {
        it(`keeps the answers and says the right thing when the webhook ${what}`, async () => {
          if (webhook === 'down')
            setSettings({ ...settings(), webhook: `http://127.0.0.1:${await freePort()}/hook` });
          else hook.answer = webhook;
          if (webhook.relay) setOption('pnw_test_relay_timeout', webhook.relay);
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
            setSettings(settings());
            if (webhook.relay) setOption('pnw_test_relay_timeout', null);
          }
        });
      }
    },
  );
}

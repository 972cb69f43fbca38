// Settings › Pinched Nerve Widgets on a real WordPress, through its own form (Settings API,
// nonce, capability), and the notice that shows until the phone and endpoint are set.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { php, setOption, site } from './helpers/site.mjs';
import { startWebhook } from './helpers/webhook.mjs';

const PAGE = '/wp-admin/options-general.php?page=pinched-nerve-widgets';

/** A logged-in session for one role: get(path) and post(path, form), with its cookies. */
async function logIn(role) {
  const cookies = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  const request = async (path, init = {}) =>
    keep(
      await fetch(`${site.url}${path}`, {
        redirect: 'manual',
        ...init,
        headers: { cookie: header(), ...init.headers },
      }),
    );
  const user = site.users[role];
  const login = await request('/wp-login.php', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      log: user.login,
      pwd: user.password,
      testcookie: '1',
      'wp-submit': 'Log In',
    }),
  });
  assert.equal(login.status, 302, `${role} logs in`);
  return {
    get: async (path) => {
      const response = await request(path);
      return { status: response.status, text: await response.text() };
    },
    post: async (path, form) => {
      const response = await request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      });
      return {
        status: response.status,
        location: response.headers.get('location'),
        text: await response.text(),
      };
    },
  };
}

const hidden = (html, name) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
const saved = () => JSON.parse(php(`echo wp_json_encode(get_option('pnw_settings'));`) || 'null');

describe('the settings page', () => {
  let admin;
  before(async () => {
    setOption('pnw_settings', null);
    admin = await logIn('administrator');
  });

  it('says what is missing until the phone and endpoint are set, on the plugin’s screens', async () => {
    for (const path of [PAGE, '/wp-admin/plugins.php']) {
      const { text } = await admin.get(path);
      assert.match(text, /id="pnw-setup-notice"/, path);
    }
    assert.ok(!(await admin.get('/wp-admin/edit.php')).text.includes('pnw-setup-notice'));
  });

  it('saves every setting sanitized, through the Settings API', async () => {
    const form = (await admin.get(PAGE)).text;
    const privacy = php(`echo (int) get_option('wp_page_for_privacy_policy');`);
    const response = await admin.post('/wp-admin/options.php', {
      option_page: 'pnw_settings',
      action: 'update',
      _wpnonce: hidden(form, '_wpnonce'),
      _wp_http_referer: PAGE,
      'pnw_settings[phone]': ' (555) 010-4477<script>alert(1)</script> ',
      'pnw_settings[clinic_name]': 'Lakeside <b>Spine</b>',
      'pnw_settings[endpoint]': 'https://forms.lakeside-spine.test/check',
      'pnw_settings[privacy_page]': privacy,
      'pnw_settings[language]': 'es',
      'pnw_settings[webhook]': '',
      'pnw_settings[privacy_url]': 'javascript:alert(1)',
      'pnw_settings[destinations]':
        'Main clinic | https://forms.lakeside-spine.test/check\r\nDowntown <i>office</i> | https://forms.lakeside-spine.test/downtown\r\nNo address\r\nBad | javascript:alert(1)',
      'pnw_settings[client_ip_header]': 'x-forwarded-for',
      'pnw_settings[unknown]': 'dropped',
    });
    assert.equal(response.status, 302);
    assert.deepEqual(saved(), {
      phone: '(555) 010-4477',
      clinic_name: 'Lakeside Spine',
      endpoint: 'https://forms.lakeside-spine.test/check',
      privacy_page: Number(privacy),
      privacy_url: '',
      language: 'es',
      destinations: [
        { name: 'Main clinic', endpoint: 'https://forms.lakeside-spine.test/check' },
        { name: 'Downtown office', endpoint: 'https://forms.lakeside-spine.test/downtown' },
      ],
      webhook: '',
      client_ip_header: 'x-forwarded-for',
    });
    // The Settings API shows its errors on the page options.php sends back to.
    const back = new URL(response.location, site.url);
    const errors = (await admin.get(back.pathname + back.search)).text;
    assert.match(errors, /This destination was left out: “No address”/);
    assert.match(errors, /This destination was left out: “Bad \| javascript:alert\(1\)”/);
    const page = (await admin.get(PAGE)).text;
    assert.ok(!page.includes('pnw-setup-notice'), 'no notice once set');
    assert.match(page, /id="pnw_phone" name="pnw_settings\[phone\]" value="\(555\) 010-4477"/);
  });

  it('refuses an endpoint or webhook the form could not use, and keeps the old value', async () => {
    const form = (await admin.get(PAGE)).text;
    const response = await admin.post('/wp-admin/options.php', {
      option_page: 'pnw_settings',
      action: 'update',
      _wpnonce: hidden(form, '_wpnonce'),
      _wp_http_referer: PAGE,
      'pnw_settings[phone]': '(555) 010-4477',
      'pnw_settings[endpoint]': 'http://forms.lakeside-spine.test/check',
      'pnw_settings[language]': 'fr',
      'pnw_settings[webhook]': 'ftp://hooks.lakeside-spine.test/',
    });
    const now = saved();
    assert.equal(now.endpoint, 'https://forms.lakeside-spine.test/check');
    assert.equal(now.webhook, '');
    assert.equal(now.language, 'site');
    // WordPress shows the errors on the page it sends the admin back to.
    assert.match(response.location, /settings-updated=true/);
    const back = new URL(response.location, site.url);
    const page = (await admin.get(back.pathname + back.search)).text;
    assert.match(page, /The endpoint must be an https:\/\/ address/);
    assert.match(page, /The webhook URL must start with https:\/\//);
  });

  it('offers WordPress’s own privacy page while it is still a draft, or takes an address', async () => {
    const privacy = php(
      `$id = (int) get_option('wp_page_for_privacy_policy'); echo $id . ' ' . get_post_status($id);`,
    );
    const [id, status] = privacy.split(' ');
    assert.equal(status, 'draft', 'a fresh site’s privacy page is a draft');
    const form = (await admin.get(PAGE)).text;
    assert.match(form, new RegExp(`<option value="${id}"[^>]*>Privacy Policy \\(draft`));
    setOption('pnw_settings', {
      privacy_page: 0,
      privacy_url: 'https://lakeside-spine.test/privacy',
    });
    assert.equal(
      php(`echo pnw_widget_defaults('pinched-nerve-check')['privacy-url'];`),
      'https://lakeside-spine.test/privacy',
    );
  });

  it('sends a test lead to the webhook and shows its answer, for administrators only', async () => {
    const hook = await startWebhook();
    try {
      setOption('pnw_settings', { phone: '(555) 010-4477', webhook: hook.url });
      setOption('pnw_relay_failures', { count: 3, since: 1, last: 2, status: '500' });
      const form = (await admin.get(PAGE)).text;
      assert.match(form, /id="pnw-failures-notice"/);
      const nonce =
        /name="action" value="pnw_test_lead">[\s\S]*?name="_wpnonce" value="([^"]+)"/.exec(
          form,
        )?.[1];
      assert.ok(nonce, 'the button’s form has its nonce');
      hook.answer = { status: 500, body: { error: 'Zap is off' } };
      let sent = await admin.post('/wp-admin/admin-post.php', {
        action: 'pnw_test_lead',
        _wpnonce: nonce,
      });
      assert.equal(sent.status, 302);
      let page = (
        await admin.get(
          new URL(sent.location, site.url).pathname + new URL(sent.location, site.url).search,
        )
      ).text;
      assert.match(page, /id="pnw-test-lead-result"[\s\S]*Your webhook answered 500/);
      assert.match(page, /Zap is off/);
      assert.equal(hook.received.length, 1);
      const lead = JSON.parse(hook.received[0].body);
      assert.equal(lead.test, true);
      assert.match(lead.name, /^Test lead/);
      hook.answer = { status: 200, body: { ok: true } };
      sent = await admin.post('/wp-admin/admin-post.php', {
        action: 'pnw_test_lead',
        _wpnonce: nonce,
      });
      page = (
        await admin.get(
          new URL(sent.location, site.url).pathname + new URL(sent.location, site.url).search,
        )
      ).text;
      assert.match(page, /Your webhook answered 200 OK in [\d.]+ s\. It works\./);
      assert.ok(
        !page.includes('pnw-failures-notice'),
        'a lead that gets through clears the notice',
      );
      // Without the nonce, or as an Editor: nothing is sent.
      const editor = await logIn('editor');
      const refused = await editor.post('/wp-admin/admin-post.php', {
        action: 'pnw_test_lead',
        _wpnonce: nonce,
      });
      assert.ok(refused.status >= 400, `${refused.status}`);
      const forged = await admin.post('/wp-admin/admin-post.php', { action: 'pnw_test_lead' });
      assert.ok(forged.status >= 400, `${forged.status}`);
      assert.equal(hook.received.length, 2);
    } finally {
      setOption('pnw_relay_failures', null);
      await hook.close();
    }
  });

  it('is only for those who manage options, and refuses a save without its nonce', async () => {
    const editor = await logIn('editor');
    const page = await editor.get(PAGE);
    assert.ok(
      page.status === 403 || !page.text.includes('pnw_settings[phone]'),
      'an Editor cannot open it',
    );
    const before = saved();
    const forged = await admin.post('/wp-admin/options.php', {
      option_page: 'pnw_settings',
      action: 'update',
      'pnw_settings[phone]': '1-900-FORGED',
    });
    assert.notEqual(forged.status, 302);
    assert.deepEqual(saved(), before);
  });

  it('speaks Spanish to a Spanish admin', () => {
    const words = php(
      `switch_to_locale('es_ES'); load_plugin_textdomain('pinched-nerve-widgets', false, 'pinched-nerve-widgets/languages'); echo __('Phone number', 'pinched-nerve-widgets'), '|', _x('Candidate check form', 'block title', 'pinched-nerve-widgets');`,
    );
    assert.equal(words, 'Número de teléfono|Formulario «¿Soy candidato?»');
  });

  it('uninstalling removes the settings', () => {
    // The zip's uninstall.php, run as WordPress runs it, on a copy of the option.
    const left = php(
      `update_option('pnw_settings', ['phone' => '1']); set_transient('pnw_rl_test', 1, 60); define('WP_UNINSTALL_PLUGIN', 'pinched-nerve-widgets/pinched-nerve-widgets.php'); include WP_PLUGIN_DIR . '/pinched-nerve-widgets/uninstall.php'; wp_cache_flush(); echo wp_json_encode([get_option('pnw_settings', 'gone'), get_transient('pnw_rl_test')]);`,
    );
    assert.equal(left, '["gone",false]');
  });
});

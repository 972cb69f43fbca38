// Where patients' answers go is a site setting (issue 23 §1, §2). Every role writes a form that
// names its own endpoint, redirect, format, field names, method and encoding, and a card whose
// button leaves the site, as a block, a shortcode and pasted markup. Only what an Administrator
// (manage_options) writes keeps them; everyone else's are dropped when the post is saved and,
// for content that reached the database another way, again when it renders. Any role may pick a
// destination the administrator named. Pasted widgets get the settings page's values.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, launch } from './helpers/browsers.mjs';
import { describeWidgets } from './helpers/page-scripts.mjs';
import {
  disallowUnfilteredHtml,
  html,
  php,
  publish,
  rest,
  setSettings,
  site,
} from './helpers/site.mjs';

const PHONE = '(555) 010-4477';
const ENDPOINT = 'https://forms.lakeside-spine.test/candidate-check';
const DOWNTOWN = 'https://forms.lakeside-spine.test/downtown';
const PRIVACY = 'https://lakeside-spine.test/privacy';
const EVIL = 'https://collect.evil.test/leads';
const SETTINGS = {
  phone: PHONE,
  clinic_name: 'Lakeside Spine',
  endpoint: ENDPOINT,
  privacy_url: PRIVACY,
  destinations: [
    { name: 'Main clinic', endpoint: ENDPOINT },
    { name: 'Downtown office', endpoint: DOWNTOWN },
  ],
};
const ROLES = ['administrator', 'editor', 'author', 'contributor'];

/** One form and one card per way of writing them, each with values only an admin may set. */
const WAYS = {
  block: `<!-- wp:pinched-nerve-widgets/check {"heading":"Block form","endpoint":"${EVIL}","redirect":"https://evil.test/thanks","format":"hubspot","field-names":"{\\"name\\":\\"n\\"}","method":"put","encoding":"form"} /-->

<!-- wp:pinched-nerve-widgets/check {"heading":"Block form on this site","redirect":"/thank-you/"} /-->

<!-- wp:pinched-nerve-widgets/card {"heading":"Block card","cta-href":"https://evil.test/book"} /-->`,
  shortcode: `<!-- wp:shortcode -->
[pinched_nerve_check heading="Shortcode form" endpoint="${EVIL}" redirect="https://evil.test/thanks" format="hubspot" field-names='{"name":"n"}' method="put" encoding="form"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[pinched_nerve_check heading="Shortcode form on this site" redirect="/thank-you/"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[pinched_nerve_card heading="Shortcode card" cta-href="https://evil.test/book"]
<!-- /wp:shortcode -->`,
  pasted: `<!-- wp:html -->
<pinched-nerve-check heading="Pasted form" endpoint="${EVIL}" redirect="https://evil.test/thanks" format="hubspot" field-names='{"name":"n"}' method="put" encoding="form"></pinched-nerve-check>
<pinched-nerve-check heading="Pasted form on this site" redirect="/thank-you/"></pinched-nerve-check>
<pinched-nerve-card heading="Pasted card" cta-href="https://evil.test/book"></pinched-nerve-card>
<!-- /wp:html -->`,
};
const GUARDED = ['endpoint', 'format', 'field-names', 'method', 'encoding'];

/** The start tags of the elements on a page, as { tag, attributes } (entities decoded). */
function elements(page) {
  const out = [];
  for (const [, tag, rest] of page.matchAll(/<(pinched-nerve-[a-z]+)\b([^>]*)>/g)) {
    const attributes = {};
    for (const [, name, , double, single, bare] of rest.matchAll(
      /([^\s"'>/=]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    ))
      attributes[name] = (double ?? single ?? bare ?? '')
        .replace(/&quot;/g, '"')
        .replace(/&#0?39;/g, "'")
        .replace(/&#038;|&amp;/g, '&');
    out.push({ tag, attributes });
  }
  return out;
}

/** The forms and cards a visitor gets, by heading. */
const byHeading = (page) =>
  Object.fromEntries(elements(page).map((e) => [e.attributes.heading, e.attributes]));

/** What a visitor must get from a post: the admin's own values, or the site's. */
function expectRendered(page, way, trusted, where) {
  const title = way[0].toUpperCase() + way.slice(1);
  const found = byHeading(page);
  const form = found[`${title} form`];
  const local = found[`${title} form on this site`];
  const card = found[`${title} card`];
  assert.ok(form && local && card, `${where}: the three widgets are on the page`);
  if (trusted) {
    assert.equal(form.endpoint, EVIL, `${where}: an administrator's endpoint`);
    assert.equal(form.redirect, 'https://evil.test/thanks', `${where}: and redirect`);
    assert.equal(form.format, 'hubspot', `${where}: and format`);
    assert.equal(card['cta-href'], 'https://evil.test/book', `${where}: and link`);
  } else {
    assert.equal(form.endpoint, ENDPOINT, `${where}: the settings page's endpoint`);
    for (const name of GUARDED.slice(1))
      assert.ok(!(name in form), `${where}: no ${name} (${form[name]})`);
    assert.ok(!('redirect' in form), `${where}: no redirect off the site`);
    assert.ok(!('cta-href' in card), `${where}: no link off the site`);
  }
  assert.equal(local.redirect, '/thank-you/', `${where}: a redirect on the site is anyone's`);
  assert.equal(local.endpoint, ENDPOINT, `${where}: the settings page's endpoint`);
  for (const widget of [form, local, card])
    assert.equal(widget.phone, PHONE, `${where}: the settings page's phone`);
  assert.ok(!page.includes('collect.evil.test') || trusted, `${where}: the address is gone`);
}

const posts = [];

before(async () => {
  setSettings(SETTINGS);
  for (const disallow of [false, true]) {
    disallowUnfilteredHtml(disallow);
    for (const role of ROLES)
      for (const [way, content] of Object.entries(WAYS)) {
        const title = `${way} by the ${role}${disallow ? ' (DISALLOW_UNFILTERED_HTML)' : ''}`;
        posts.push({ role, way, disallow, title, ...(await publish(role, title, content)) });
      }
  }
  disallowUnfilteredHtml(false);
});
after(() => {
  setSettings({ phone: PHONE, endpoint: ENDPOINT });
  disallowUnfilteredHtml(false);
});

describe('only administrators decide where the answers go', () => {
  it('only the Administrator can manage options; Editors have unfiltered_html but not this', () => {
    const can = JSON.parse(
      php(
        `echo wp_json_encode(array_map(function ($r) { $u = get_user_by('login', $r); return pnw_can_set_destination($u); }, ['administrator' => 'admin', 'editor' => 'editor', 'author' => 'author', 'contributor' => 'contributor']));`,
      ),
    );
    assert.deepEqual(can, {
      administrator: true,
      editor: false,
      author: false,
      contributor: false,
    });
  });

  it('saving drops the values other roles gave, in blocks, shortcodes and pasted markup', () => {
    for (const post of posts) {
      const trusted = post.role === 'administrator';
      assert.equal(post.raw.includes(EVIL), trusted, `${post.title}: endpoint kept?`);
      assert.equal(post.raw.includes('evil.test/book'), trusted, `${post.title}: link kept?`);
      assert.equal(post.raw.includes('hubspot'), trusted, `${post.title}: format kept?`);
      assert.ok(post.raw.includes('/thank-you/'), `${post.title}: the on-site redirect stays`);
      // (WordPress's own KSES re-encodes block attributes when unfiltered_html is off.)
      if (trusted && !post.disallow) assert.equal(post.raw, WAYS[post.way], post.title);
    }
  });

  it('a visitor gets the settings page’s destination unless an Administrator wrote the widget', async () => {
    for (const post of posts)
      expectRendered(await html(post.link), post.way, post.role === 'administrator', post.title);
  });

  it('rendering drops them too when they reached the database another way (an import, an old post)', async () => {
    for (const way of Object.keys(WAYS)) {
      const post = await publish('contributor', `Imported ${way}`, '<p>placeholder</p>');
      // Straight into the database, past every filter: as an importer or an older plugin would.
      php(
        `global $wpdb; $wpdb->update($wpdb->posts, ['post_content' => base64_decode('${Buffer.from(WAYS[way]).toString('base64')}')], ['ID' => ${post.id}]); clean_post_cache(${post.id});`,
      );
      expectRendered(await html(post.link), way, false, `imported ${way}`);
    }
  });

  it('an Editor’s unchanged update keeps what an Administrator set; an Editor’s new endpoint goes', async () => {
    const admins = posts.find((p) => p.role === 'administrator' && p.way === 'block');
    await rest('editor', 'POST', `/wp/v2/posts/${admins.id}`, {
      title: 'Retitled by the editor',
      content: admins.raw,
    });
    let saved = await rest('administrator', 'GET', `/wp/v2/posts/${admins.id}?context=edit`);
    assert.equal(saved.content.raw, WAYS.block);
    expectRendered(await html(saved.link), 'block', true, 'retitled by the editor');

    const other = 'https://other.evil.test/leads';
    await rest('editor', 'POST', `/wp/v2/posts/${admins.id}`, {
      content: admins.raw.replace(EVIL, other),
    });
    saved = await rest('administrator', 'GET', `/wp/v2/posts/${admins.id}?context=edit`);
    assert.ok(!saved.content.raw.includes(other), saved.content.raw);
    assert.ok(!(await html(saved.link)).includes(other));
  });

  it('every role can pick a destination the administrator named', async () => {
    for (const role of ROLES) {
      const post = await publish(
        role,
        `Downtown by the ${role}`,
        `<!-- wp:pinched-nerve-widgets/check {"heading":"Block downtown","destination":"Downtown office"} /-->

<!-- wp:shortcode -->
[pinched_nerve_check heading="Shortcode downtown" destination="Downtown office"]
<!-- /wp:shortcode -->

<!-- wp:html -->
<pinched-nerve-check heading="Pasted downtown" data-destination="Downtown office"></pinched-nerve-check>
<pinched-nerve-check heading="Pasted unknown" data-destination="Nowhere"></pinched-nerve-check>
<!-- /wp:html -->`,
      );
      const found = byHeading(await html(post.link));
      for (const way of ['Block', 'Shortcode', 'Pasted'])
        assert.equal(found[`${way} downtown`]?.endpoint, DOWNTOWN, `${role}: ${way}`);
      assert.equal(found['Pasted unknown'].endpoint, ENDPOINT, `${role}: an unknown name`);
    }
  });

  it('the block editor gets who may set a destination, and the names to pick from', () => {
    const editorData = (login) =>
      JSON.parse(
        php(
          `wp_set_current_user(get_user_by('login', '${login}')->ID); do_action('enqueue_block_editor_assets'); $s = wp_scripts()->get_data('pinched-nerve-widgets-editor', 'before'); preg_match('/window\\.pnwEditor = (\\{.*?\\});/', implode('', (array) $s), $m); echo $m[1];`,
        ),
      );
    assert.equal(editorData('admin').canSetDestination, true);
    const contributor = editorData('contributor');
    assert.equal(contributor.canSetDestination, false);
    assert.deepEqual(contributor.destinations, ['Main clinic', 'Downtown office']);
    assert.ok(!JSON.stringify(contributor).includes('downtown'), 'names only, never addresses');
  });
});

describe('pasted widgets follow the settings page', () => {
  let post;
  before(async () => {
    post = await publish(
      'author',
      'Pasted with nothing set',
      `<!-- wp:html -->
<pinched-nerve-card heading="Bare card"></pinched-nerve-card>
<pinched-nerve-check heading="Bare form"></pinched-nerve-check>
<pinched-nerve-map heading="Bare map"></pinched-nerve-map>
<pinched-nerve-card heading="Own phone" phone="(555) 222-3333"></pinched-nerve-card>
<!-- /wp:html -->`,
    );
  });

  it('gets the phone, endpoint, clinic name and privacy page at render, and keeps its own values', async () => {
    const found = byHeading(await html(post.link));
    assert.equal(found['Bare card'].phone, PHONE);
    assert.equal(found['Bare map'].phone, PHONE);
    assert.deepEqual(
      {
        phone: found['Bare form'].phone,
        endpoint: found['Bare form'].endpoint,
        clinic: found['Bare form']['clinic-name'],
        privacy: found['Bare form']['privacy-url'],
      },
      { phone: PHONE, endpoint: ENDPOINT, clinic: 'Lakeside Spine', privacy: PRIVACY },
    );
    assert.equal(found['Own phone'].phone, '(555) 222-3333');
  });

  it('loads as a script module on WordPress 6.5 and later, the classic bundle before, with no inline script', async () => {
    const page = await html(post.link);
    const ours = (page.match(/<script\b[^>]*>/g) ?? []).filter((t) => t.includes('pinched-nerve'));
    const [major, minor] = (site.version ?? '6.1').split(/[.-]/).map(Number);
    const modules = major > 6 || (major === 6 && minor >= 5);
    assert.equal(ours.length, 2, ours.join('\n'));
    for (const tag of ours)
      if (modules)
        assert.match(
          tag,
          /type=["']module["'][^>]* src=["'][^"']*\/assets\/(pinched-nerve-widgets|map)\.js\?ver=/,
        );
      else assert.match(tag, /src=["'][^"']*\/assets\/(pinched-nerve-widgets|map)\.iife\.js\?ver=/);
    assert.ok(
      !/<script(?![^>]*\bsrc=)(?![^>]*type="importmap")[^>]*>/.test(
        page.slice(page.indexOf('Bare card')),
      ),
      'no inline script after the content',
    );
  });

  it('and in a widget area too', () => {
    const out = php(
      `echo apply_filters('widget_block_content', '<pinched-nerve-card heading="Sidebar"></pinched-nerve-card>', array(), null);`,
    );
    assert.match(out, /phone="\(555\) 010-4477"/);
  });

  for (const engine of ['chromium']) {
    it(
      `shows the settings page’s phone, in ${engine}`,
      {
        skip: !engines.includes(engine) && 'not in BROWSERS',
      },
      async () => {
        const browser = await launch(engine);
        try {
          await browser.goto(post.link);
          const widgets = await browser.run(describeWidgets);
          assert.equal(widgets.length, 4);
          for (const widget of widgets.slice(0, 3)) {
            assert.ok(widget.drawn, widget.heading);
            if (widget.tag !== 'pinched-nerve-check')
              assert.ok(widget.phone.includes(PHONE), `${widget.tag}: ${widget.phone}`);
          }
          assert.ok(widgets[3].phone.includes('(555) 222-3333'));
        } finally {
          await browser.close();
        }
      },
    );
  }
});

describe('the settings', () => {
  it('site value helpers: same-site addresses', () => {
    const out = JSON.parse(
      php(
        `echo wp_json_encode(array_map('pnw_is_same_site_url', ['/thanks', '//evil.test/x', '/\\\\evil.test', home_url('/a'), 'https://evil.test/', 'javascript:alert(1)', '${site.url.replace('127.0.0.1', 'localhost')}/a']));`,
      ),
    );
    assert.deepEqual(out, [true, false, false, true, false, false, false]);
  });
});

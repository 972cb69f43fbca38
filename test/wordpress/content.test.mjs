// Posts on a real WordPress, written through the REST API (the block editor's own save path)
// by each role, with and without DISALLOW_UNFILTERED_HTML: the shortcodes, the blocks and the
// elements pasted in a Custom HTML block all reach the front end, and every widget there is
// drawn in each engine and uses the settings page's phone and endpoint unless it sets its own.
// Only an Administrator's widgets keep an endpoint of their own and a link off the site
// (destination.test.mjs tests that rule in full).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { engines, launch } from './helpers/browsers.mjs';
import { describeWidgets, partText, scripts } from './helpers/page-scripts.mjs';
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
const WEBHOOK = 'https://hooks.lakeside-spine.test/secret-8f3a';
const es = (await import('../../src/content/locales/es.json', { with: { type: 'json' } })).default;

/** Every kind of widget an author can place, each told apart by its heading or items. */
const CONTENT = `<!-- wp:paragraph -->
<p>Pain that starts in the lower back and travels down the leg is often called sciatica.</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[pinched_nerve_card region="lumbar" heading="Shortcode card" bogus="ignored"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[pinched_nerve_card heading=“Curly quotes card” region=“cervical”]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[pinched_nerve_symptoms region="lumbar" selectable for="shortcode-check"]
Leg pain when sitting
Foot drop
[/pinched_nerve_symptoms]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[pinched_nerve_check id="shortcode-check" heading="Shortcode form" phone="(555) 999-0000"]
<!-- /wp:shortcode -->

<!-- wp:pinched-nerve-widgets/card {"heading":"Block card","region":"lumbar","align":"wide"} /-->

<!-- wp:pinched-nerve-widgets/symptoms {"region":"cervical","items":"Block item one\\nBlock item two"} /-->

<!-- wp:pinched-nerve-widgets/check {"heading":"Block form","clinic-name":"Override Clinic","anchor":"block-check"} /-->

<!-- wp:shortcode -->
[pinched_nerve_map region="lumbar" heading="Shortcode map" for="block-check"]
<!-- /wp:shortcode -->

<!-- wp:pinched-nerve-widgets/map {"heading":"Block map","root":"C6","region":"cervical"} /-->

<!-- wp:html -->
<pinched-nerve-card region="cervical" heading="Pasted card" phone="(555) 222-3333" for="pasted-check"></pinched-nerve-card>

<pinched-nerve-symptoms region="lumbar">
  <li>Pasted item one</li>
  <li>Pasted item two</li>
</pinched-nerve-symptoms>

<pinched-nerve-check id="pasted-check" heading="Pasted form" endpoint="https://forms.lakeside-spine.test/pasted" hidden-fields='{"source":"pasted"}'></pinched-nerve-check>

<pinched-nerve-map region="both" root="S1" heading="Pasted map" heading-level="3" phone="(555) 444-5555" cta-label="Book a visit" cta-href="https://lakeside-spine.test/book" for="pasted-check"></pinched-nerve-map>
<!-- /wp:html -->`;

/** What each widget must be on the page, in order. */
const EXPECTED = [
  { tag: 'pinched-nerve-card', heading: 'Shortcode card', phone: PHONE },
  { tag: 'pinched-nerve-card', heading: 'Curly quotes card', phone: PHONE, region: 'cervical' },
  {
    tag: 'pinched-nerve-symptoms',
    items: ['Leg pain when sitting', 'Foot drop'],
    selectable: true,
  },
  {
    tag: 'pinched-nerve-check',
    heading: 'Shortcode form',
    phone: '(555) 999-0000',
    endpoint: ENDPOINT,
  },
  { tag: 'pinched-nerve-card', heading: 'Block card', phone: PHONE },
  { tag: 'pinched-nerve-symptoms', items: ['Block item one', 'Block item two'] },
  {
    tag: 'pinched-nerve-check',
    heading: 'Block form',
    phone: PHONE,
    endpoint: ENDPOINT,
    id: 'block-check',
  },
  { tag: 'pinched-nerve-map', heading: 'Shortcode map', phone: PHONE, region: 'lumbar' },
  { tag: 'pinched-nerve-map', heading: 'Block map', phone: PHONE, region: 'cervical', root: 'C6' },
  { tag: 'pinched-nerve-card', heading: 'Pasted card', phone: '(555) 222-3333' },
  { tag: 'pinched-nerve-symptoms', items: ['Pasted item one', 'Pasted item two'] },
  {
    tag: 'pinched-nerve-check',
    heading: 'Pasted form',
    endpoint: 'https://forms.lakeside-spine.test/pasted',
  },
  {
    tag: 'pinched-nerve-map',
    heading: 'Pasted map',
    phone: '(555) 444-5555',
    root: 'S1',
    kept: {
      'heading-level': '3',
      'cta-href': 'https://lakeside-spine.test/book',
      for: 'pasted-check',
    },
  },
];

/** What a post by someone who may not set destinations keeps: no endpoint or link of its own. */
const UNTRUSTED = CONTENT.replace(
  ' endpoint="https://forms.lakeside-spine.test/pasted"',
  '',
).replace(' cta-href="https://lakeside-spine.test/book"', '');

/** Compares what the page shows with EXPECTED (`trusted`: an Administrator's post). */
function expectWidgets(widgets, where, trusted) {
  assert.deepEqual(
    widgets.map((w) => w.tag),
    EXPECTED.map((w) => w.tag),
    `${where}: the widgets, in order`,
  );
  EXPECTED.forEach((want, i) => {
    const got = widgets[i];
    const label = `${where}, widget ${i + 1} (${want.heading ?? want.items?.[0]})`;
    assert.ok(got.defined && got.drawn, `${label}: drawn`);
    if (want.heading) assert.equal(got.heading, want.heading, `${label}: heading`);
    if (want.phone) {
      assert.equal(got.attributes.phone, want.phone, `${label}: phone attribute`);
      assert.ok(
        got.phone.includes(want.phone),
        `${label}: shows ${want.phone}, not "${got.phone}"`,
      );
    }
    const own = want.endpoint === 'https://forms.lakeside-spine.test/pasted';
    if (want.endpoint)
      assert.equal(
        got.attributes.endpoint,
        own && !trusted ? ENDPOINT : want.endpoint,
        `${label}: endpoint`,
      );
    if (want.region) assert.equal(got.attributes.region, want.region, `${label}: region`);
    if (want.id) assert.equal(got.attributes.id, want.id, `${label}: id`);
    if (want.tag === 'pinched-nerve-map') assert.ok(got.figure, `${label}: the body figure`);
    if (want.root)
      assert.match(got.panel, new RegExp(`\\b${want.root}\\b`), `${label}: root shown`);
    for (const [name, value] of Object.entries(want.kept ?? {}))
      if (name === 'cta-href' && !trusted)
        assert.ok(!(name in got.attributes), `${label}: ${name}`);
      else assert.equal(got.attributes[name], value, `${label}: ${name} kept`);
    if (want.items) assert.deepEqual(got.items, want.items, `${label}: items`);
    if (want.selectable) assert.ok('selectable' in got.attributes, `${label}: selectable`);
    assert.ok(!('bogus' in got.attributes), `${label}: unknown attributes ignored`);
  });
}

/** The posts, written once, rendered in every engine. */
const posts = [];

before(async () => {
  setSettings({
    phone: PHONE,
    endpoint: ENDPOINT,
    clinic_name: 'Lakeside Spine',
    webhook: WEBHOOK,
  });
  for (const disallow of [false, true]) {
    disallowUnfilteredHtml(disallow);
    for (const role of ['administrator', 'editor', 'author', 'contributor']) {
      const title = `Widgets by the ${role}${disallow ? ' with DISALLOW_UNFILTERED_HTML' : ''}`;
      posts.push({ role, disallow, title, ...(await publish(role, title, CONTENT)) });
    }
  }
  disallowUnfilteredHtml(false);
});

describe('what WordPress keeps of each role’s post', () => {
  it('the roles are what WordPress says: only Administrators and Editors have unfiltered_html, and not with DISALLOW_UNFILTERED_HTML', () => {
    const can = (flag) => {
      disallowUnfilteredHtml(flag);
      try {
        return JSON.parse(
          php(
            `echo wp_json_encode(array_map(function ($r) { $u = get_user_by('login', $r); return user_can($u, 'unfiltered_html'); }, ['administrator' => 'admin', 'editor' => 'editor', 'author' => 'author', 'contributor' => 'contributor']));`,
          ),
        );
      } finally {
        disallowUnfilteredHtml(false);
      }
    };
    assert.deepEqual(can(false), {
      administrator: true,
      editor: true,
      author: false,
      contributor: false,
    });
    assert.deepEqual(can(true), {
      administrator: false,
      editor: false,
      author: false,
      contributor: false,
    });
  });

  it('every post keeps its shortcodes, blocks and pasted elements as written, but for an endpoint or outside link only an Administrator may set', () => {
    for (const post of posts)
      assert.equal(post.raw, post.role === 'administrator' ? CONTENT : UNTRUSTED, post.title);
  });

  it('pasted markup is filtered as before: a javascript: link and an event handler go, other tags are not widened', async () => {
    disallowUnfilteredHtml(true);
    try {
      const post = await publish(
        'author',
        'Hostile paste',
        `<!-- wp:html -->
<pinched-nerve-card cta-href="javascript:alert(1)" onclick="alert(2)" heading="Hostile"></pinched-nerve-card>
<pinched-nerve-check privacy-url="data:text/html,hi" redirect="https://lakeside-spine.test/thanks"></pinched-nerve-check>
<iframe src="https://evil.test/"></iframe><script>alert(3)</script><form action="https://evil.test/"></form>
<!-- /wp:html -->`,
      );
      assert.ok(!post.raw.includes('javascript:'), post.raw);
      assert.ok(!post.raw.includes('onclick'), post.raw);
      assert.ok(!post.raw.includes('data:text'), post.raw);
      assert.ok(!/<iframe|<script|<form/.test(post.raw), post.raw);
      assert.match(post.raw, /<pinched-nerve-card cta-href="alert\(1\)" heading="Hostile">/);
      // A redirect off the site is an Administrator's to set.
      assert.ok(!post.raw.includes('lakeside-spine.test/thanks'), post.raw);
    } finally {
      disallowUnfilteredHtml(false);
    }
  });

  it('an Author retitles a post an Administrator built: nothing is lost', async () => {
    const built = await publish('administrator', 'Built by the administrator', CONTENT);
    await rest('administrator', 'POST', `/wp/v2/posts/${built.id}`, {
      author: site.users.author.id,
    });
    await rest('author', 'POST', `/wp/v2/posts/${built.id}`, { title: 'Retitled by the author' });
    const saved = await rest('administrator', 'GET', `/wp/v2/posts/${built.id}?context=edit`);
    assert.equal(saved.title.raw, 'Retitled by the author');
    assert.equal(saved.content.raw, CONTENT);
    posts.push({
      role: 'author (retitled)',
      disallow: false,
      title: saved.title.raw,
      link: saved.link,
    });
  });
});

describe('the front end', () => {
  it('loads the classic bundles once each, in the footer, versioned, with no inline script (WordPress 6.1 has no script modules)', async () => {
    const page = await html(posts[0].link);
    const tags = page.match(/<script\b[^>]*>/g) ?? [];
    const ours = tags.filter((t) => t.includes('pinched-nerve-widgets'));
    assert.equal(ours.length, 2, ours.join('\n'));
    const [all, map] = ours;
    assert.match(
      all,
      /plugins\/pinched-nerve-widgets\/assets\/pinched-nerve-widgets\.iife\.js\?ver=0\.1\.0-[0-9a-f]{10}/,
    );
    // The map has its own bundle (not in the all-in-one), printed once for three maps.
    assert.match(
      map,
      /plugins\/pinched-nerve-widgets\/assets\/map\.iife\.js\?ver=0\.1\.0-[0-9a-f]{10}/,
    );
    for (const tag of ours)
      assert.ok(page.indexOf(tag) > page.indexOf('Pasted map'), 'after the content, in the footer');
    assert.equal(tags.filter((t) => !/\bsrc=/.test(t)).length, 0, 'no inline script on the page');
    for (const tag of ours) {
      const bundle = await fetch(/src=["']([^"']+)["']/.exec(tag)[1].replace(/&#038;/g, '&'));
      assert.equal(bundle.status, 200, tag);
    }
    // The Spanish words beside the bundles, the map's with the others.
    for (const element of ['card', 'symptoms', 'check', 'map']) {
      const words = await fetch(
        `${site.url}/wp-content/plugins/pinched-nerve-widgets/assets/locales/es/${element}.json`,
      );
      assert.equal(words.status, 200, element);
      assert.deepEqual(
        await words.json(),
        JSON.parse(readFileSync(new URL(`../../dist/locales/es/${element}.json`, import.meta.url))),
        element,
      );
    }
  });

  it('loads only the map’s bundle on a page with only a map', async () => {
    const post = await publish(
      'author',
      'Only a map',
      '<!-- wp:pinched-nerve-widgets/map {"region":"lumbar"} /-->',
    );
    const ours = ((await html(post.link)).match(/<script\b[^>]*>/g) ?? []).filter((t) =>
      t.includes('pinched-nerve-widgets'),
    );
    assert.equal(ours.length, 1, ours.join('\n'));
    assert.match(ours[0], /assets\/map\.iife\.js\?ver=/);
  });

  it('prints no script on a page without widgets', async () => {
    const plain = await publish(
      'author',
      'No widgets here',
      '<!-- wp:paragraph --><p>Just text.</p><!-- /wp:paragraph -->',
    );
    assert.ok(!(await html(plain.link)).includes('pinched-nerve-widgets'));
  });

  it('never shows the webhook address', async () => {
    for (const post of posts)
      assert.ok(!(await html(post.link)).includes('secret-8f3a'), post.title);
  });

  for (const engine of ['chromium', 'firefox', 'webkit']) {
    describe(engine, { skip: !engines.includes(engine) && 'not in BROWSERS' }, () => {
      let browser;
      before(async () => {
        browser = await launch(engine);
      });
      after(() => browser?.close());

      it('draws every widget of every post, with the settings page’s phone and endpoint unless the post sets its own, under a strict CSP', async () => {
        for (const post of posts) {
          await browser.goto(post.link);
          expectWidgets(
            await browser.run(describeWidgets),
            `${engine}: ${post.title}`,
            post.role === 'administrator',
          );
          const { inline } = await browser.run(scripts);
          assert.equal(inline, 0, `${post.title}: no inline script`);
        }
      });

      it('speaks Spanish when the settings page says so', async () => {
        setSettings({ phone: PHONE, endpoint: ENDPOINT, language: 'es' });
        try {
          await browser.goto(posts[0].link);
          const widgets = await browser.run(describeWidgets);
          const blockCard = widgets[4];
          assert.equal(blockCard.attributes.lang, 'es');
          assert.ok(blockCard.drawn);
          const heading = await browser.run(
            partText,
            'pinched-nerve-card',
            0,
            'cta-button',
            es.card.ctaLabel,
          );
          assert.equal(heading, es.card.ctaLabel);
          const blockMap = widgets[8];
          assert.equal(blockMap.attributes.lang, 'es');
          const note = await browser.run(partText, 'pinched-nerve-map', 1, 'note', es.map.note);
          // The note goes on to say either side can be affected.
          assert.ok(note?.startsWith(es.map.note), note);
        } finally {
          setSettings({
            phone: PHONE,
            endpoint: ENDPOINT,
            clinic_name: 'Lakeside Spine',
            webhook: WEBHOOK,
          });
        }
      });
    });
  }
});

// The classic editor (issue 23 §4): with the block editor switched off (as the Classic Editor
// plugin does) its Visual tab, TinyMCE, is the default. An Editor approving a Contributor's post
// and an Administrator updating an Author's post press Update without touching anything: the
// four pasted elements and their attributes must still be there, in a real browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, launch } from './helpers/browsers.mjs';
import { rest, setOption, setSettings, site } from './helpers/site.mjs';

const PASTED = `<p>Pain that starts in the lower back and travels down the leg is often called sciatica.</p>
<pinched-nerve-card region="cervical" heading="Pasted card" phone="(555) 222-3333" for="pasted-check"></pinched-nerve-card>
<pinched-nerve-symptoms region="lumbar" selectable><li>Pasted item one</li><li>Pasted item two</li></pinched-nerve-symptoms>
<pinched-nerve-check id="pasted-check" heading="Pasted form" layout="single" hidden-fields='{"source":"pasted"}'></pinched-nerve-check>
<pinched-nerve-map region="both" root="S1" heading="Pasted map" heading-level="3"></pinched-nerve-map>
<p>Call us to talk it over.</p>`;

/** Each element's start tag as { tag, attributes }, and the symptom items, from some HTML. */
function widgets(html) {
  const found = [...html.matchAll(/<(pinched-nerve-[a-z]+)\b([^>]*)>/g)].map(([, tag, rest]) => ({
    tag,
    attributes: Object.fromEntries(
      [...rest.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g)].map(
        ([, name, double, single]) => [name, (double ?? single ?? '').replace(/&quot;/g, '"')],
      ),
    ),
  }));
  const items = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
  return { found, items };
}

describe(
  'the classic editor’s Visual tab keeps pasted widgets, in Chromium',
  { skip: !engines.includes('chromium') && 'not in BROWSERS' },
  () => {
    let browser;
    before(async () => {
      setSettings({ phone: '(555) 010-4477', endpoint: 'https://forms.lakeside-spine.test/check' });
      setOption('pnw_test_classic_editor', 1);
      browser = await launch('chromium');
    });
    after(async () => {
      setOption('pnw_test_classic_editor', null);
      await browser?.close();
    });

    /** Logs `role` in, opens the post in the classic editor on its Visual tab, presses the button. */
    async function updateUnchanged(role, id, button) {
      const { page } = browser;
      // A fresh context for each user: no cookies of the one before.
      const context = await page.browser().createBrowserContext();
      const tab = await context.newPage();
      try {
        const user = site.users[role];
        await tab.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
        // Filled in, not typed: 200 ms after it loads, the login page focuses and selects the user
        // name, and keys typed after that moment went into it (issue 27 §7).
        await tab.$eval('#user_login', (input, value) => (input.value = value), user.login);
        await tab.$eval('#user_pass', (input, value) => (input.value = value), user.password);
        await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click('#wp-submit')]);
        await tab.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`, {
          waitUntil: 'load',
        });
        // The Visual tab, with TinyMCE holding the content.
        await tab.waitForFunction(
          () =>
            window.tinymce?.get('content')?.initialized &&
            document.querySelector('#wp-content-wrap')?.classList.contains('tmce-active'),
          { timeout: 60000 },
        );
        const inEditor = await tab.evaluate(
          () =>
            window.tinymce
              .get('content')
              .getBody()
              .querySelectorAll(
                'pinched-nerve-card, pinched-nerve-symptoms, pinched-nerve-check, pinched-nerve-map',
              ).length,
        );
        await Promise.all([
          tab.waitForNavigation({ waitUntil: 'load', timeout: 60000 }),
          // The button's own click, as a keyboard user's Enter gives: a mouse click lands where the
          // button was drawn, which a sticky toolbar or a notice can cover on a small window.
          tab.$eval(button, (b) => b.click()),
        ]);
        return inEditor;
      } finally {
        await context.close();
      }
    }

    for (const [writer, approver, button] of [
      ['contributor', 'editor', '#publish'],
      ['author', 'administrator', '#publish'],
    ])
      it(`${approver === 'editor' ? 'an Editor' : 'an Administrator'} updating ${writer === 'author' ? 'an Author' : 'a Contributor'}’s post without a change keeps every element and attribute`, async () => {
        const status = writer === 'contributor' ? 'pending' : 'publish';
        const post = await rest(writer, 'POST', '/wp/v2/posts', {
          title: `Pasted by the ${writer}`,
          content: PASTED,
          status,
        });
        const before = (await rest('administrator', 'GET', `/wp/v2/posts/${post.id}?context=edit`))
          .content.raw;
        assert.equal(widgets(before).found.length, 4, before);
        const shown = await updateUnchanged(approver, post.id, button);
        assert.equal(shown, 4, 'the Visual tab shows the four elements');
        const saved = await rest('administrator', 'GET', `/wp/v2/posts/${post.id}?context=edit`);
        assert.equal(saved.status, 'publish');
        assert.deepEqual(widgets(saved.content.raw), widgets(before), saved.content.raw);
        // And a visitor gets all four.
        const front = await fetch(saved.link).then((r) => r.text());
        assert.equal(widgets(front).found.length, 4);
      });
  },
);

/**
 * The README's WordPress recipes, as WordPress's own wpautop() leaves them (see README.md in
 * this folder for how the fixtures were made), and the markup the recipe warns against.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { card as words } from '../../../src/content/card-en.js';
import { symptoms } from '../../../src/content/en.js';
import { endpointFor } from '../../helpers/endpoint.js';
import { WAIT_MS } from '../../helpers/testing.js';
import { fillAll, nextEvent, pressSubmit, text } from '../../helpers/form.js';
import { closeFixtures, openFixture, requireBundles, type Fixture } from '../frame.js';

const CDN = 'https://cdn.jsdelivr.net/npm/pinched-nerve-widgets@0.1.0/dist/';
const WIDGETS = 'pinched-nerve-card, pinched-nerve-symptoms, pinched-nerve-check';

interface Widget extends HTMLElement {
  updateComplete: Promise<boolean>;
}

/** Opens fixtures/<name>.shtml and waits until every widget in it is defined and rendered. */
async function openPost(name: string): Promise<Fixture & { widgets: Widget[]; entry: Element }> {
  const fixture = await openFixture(`../wordpress/fixtures/${name}.shtml`);
  const widgets = [...fixture.document.querySelectorAll<Widget>(WIDGETS)];
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`widgets never defined in ${name}`)), WAIT_MS),
  );
  for (const tag of new Set(widgets.map((w) => w.localName)))
    await Promise.race([fixture.window.customElements.whenDefined(tag), timeout]);
  for (const w of widgets) await w.updateComplete;
  return { ...fixture, widgets, entry: fixture.document.querySelector('.entry-content')! };
}

/** The snippet the author pasted, with the widgets' bundles where the fixture loads them. */
async function snippet(name: string): Promise<string> {
  const res = await fetch(`/test/embed/wordpress/snippets/${name}.txt`);
  if (!res.ok) throw new Error(`snippets/${name}.txt: ${res.status}`);
  return (await res.text()).replaceAll(CDN, '/dist/');
}

/** The items a list shows (its shadow DOM), as the patient reads them. */
const shownItems = (list: Element) =>
  [...list.shadowRoot!.querySelectorAll('li, label')].map((el) => el.textContent ?? '');

/** Each widget's attributes, in page order. */
const attributesOf = (root: ParentNode) =>
  [...root.querySelectorAll(WIDGETS)].map((el) => ({
    tag: el.localName,
    attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
  }));

/**
 * Every widget the author pasted is on the page, in order, with each attribute as written.
 * (A rendered widget may add reflected ones, such as the card's `layout="auto"`.)
 */
function expectAttributesAsPasted(entry: Element, pasted: string) {
  const written = attributesOf(new DOMParser().parseFromString(pasted, 'text/html'));
  const onPage = attributesOf(entry).map(({ tag, attributes }, i) => ({
    tag,
    attributes: Object.fromEntries(
      Object.entries(attributes).filter(([name]) => name in (written[i]?.attributes ?? {})),
    ),
  }));
  expect(onPage).to.deep.equal(written);
}

/** `<li>` elements on the page that no widget owns: items wpautop() moved out of a list. */
const strayItems = (entry: Element) =>
  [...entry.querySelectorAll('li')].filter((li) => !li.closest('pinched-nerve-symptoms'));

/** The card, complete: title, intro, regions with the built-in lists, treatment, button, phone. */
function expectCompleteCard(card: Element, regions: ('cervical' | 'lumbar')[]) {
  const root = card.shadowRoot!;
  expect(text(root.querySelector('[part="heading"]')), 'card title').to.equal(words.heading);
  expect([...root.querySelectorAll('[part="intro"] p')].map(text), 'intro').to.deep.equal([
    ...words.intro,
  ]);
  const shown = [...root.querySelectorAll('[part="region"]')];
  expect(shown.map((r) => text(r.querySelector('[part="region-heading"]')))).to.deep.equal(
    regions.map((r) => words[r].heading),
  );
  expect(shown.map((r) => [...r.querySelectorAll('li')].map(text))).to.deep.equal(
    regions.map((r) => [...symptoms[r]]),
  );
  expect(text(root.querySelector('[part="treatment"] p'))).to.equal(words.treatment);
  expect(text(root.querySelector('.cta-text'))).to.equal(words.ctaText);
  const button = root.querySelector('[part="cta-button"]');
  expect(button?.getAttribute('href'), 'the button leads to the form').to.equal('#candidate-check');
  expect(text(button)).to.equal(words.ctaLabel);
  const phone = root.querySelector('[part="phone"] a');
  expect(text(phone)).to.equal('(555) 010-4477');
  expect(phone?.getAttribute('href')).to.equal('tel:5550104477');
  expect(text(root.querySelector('[part="attribution"]'))).to.equal(
    `${words.attributionPrefix} ${words.attribution}`,
  );
}

/** Every widget has a box on the page, and none sits inside another (swallowed by bad markup). */
function expectAllVisible(widgets: Widget[]) {
  for (const w of widgets) {
    expect(w.parentElement!.closest(WIDGETS), `<${w.localName}> inside another widget`).to.equal(
      null,
    );
    const box = w.getBoundingClientRect();
    expect(box.width * box.height, `<${w.localName} ${w.id}> has no box`).to.be.greaterThan(0);
  }
}

/** The README's recipes: each must come through wpautop() whole. */
const recipes = {
  'custom-html-block': {
    what: 'the Custom HTML block recipe (module script, multi-line attributes, <br /> lines)',
    lists: [
      ['Pain that travels down the back of the leg', 'Numb or tingling toes'],
      ['Pain that spreads from the neck into the arm', 'Tingling in the fingers', 'A weak grip'],
      [...symptoms.lumbar], // selectable
    ],
  },
  'classic-editor': {
    what: 'the classic-editor recipe (classic script in the post, one line per element)',
    lists: [
      ['Pain that travels down the back of the leg', 'Numb or tingling toes'],
      ['Pain that spreads from the neck into the arm', 'Tingling in the fingers', 'A weak grip'],
      ['Leg pain when sitting', 'Foot drop'],
      [...symptoms.lumbar], // selectable
    ],
  },
};

describe('WordPress: the README recipes after wpautop()', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  for (const name of [...Object.keys(recipes), ...Object.keys(hazards())]) {
    it(`fixtures/${name}.shtml is wpautop() of snippets/${name}.txt as it is now`, async () => {
      // wpautop() only adds <p>, </p> and <br />, and moves whitespace: strip those from both
      // sides and what is left must match, so an edited snippet needs a regenerated fixture.
      const squash = (s: string) => s.replace(/<\/?p>|<br \/>|\s+/g, '');
      const page = await (await fetch(`/test/embed/wordpress/fixtures/${name}.shtml`)).text();
      const content = page.slice(
        page.indexOf('<div class="entry-content">\n') + 28,
        page.lastIndexOf('</div>\n      <footer class="entry-footer">'),
      );
      expect(squash(content)).to.equal(squash(await snippet(name)));
    });
  }

  for (const [name, recipe] of Object.entries(recipes)) {
    describe(recipe.what, () => {
      it('renders every widget whole, with the attributes as written and no wpautop() artefacts', async () => {
        const post = await openPost(name);
        expectAttributesAsPasted(post.entry, await snippet(name));
        expectAllVisible(post.widgets);
        expect(strayItems(post.entry), 'items moved out of a list').to.deep.equal([]);

        expectCompleteCard(post.document.querySelector('pinched-nerve-card')!, [
          'cervical',
          'lumbar',
        ]);
        const lists = [...post.document.querySelectorAll('pinched-nerve-symptoms')];
        const shown = lists.map(shownItems);
        expect(shown.map((items) => items.map((s) => s.replace(/\s+/g, ' ').trim()))).to.deep.equal(
          recipe.lists,
        );
        // No item made of what wpautop() added: an empty <p>, a <br />, a blank line.
        for (const item of shown.flat()) expect(item.trim()).to.not.equal('');
        for (const list of lists)
          expect(
            list.shadowRoot!.querySelectorAll('li p, li br, label p, label br'),
          ).to.have.length(0);

        const check = post.document.querySelector<Widget>('pinched-nerve-check')!;
        expect(text(check.shadowRoot!.querySelector('#title'))).to.not.equal('');
        expect(check.shadowRoot!.querySelectorAll('input[name="region"]')).to.have.length(3);
        expect(post.window.__embed!.errors).to.deep.equal([]);
      });

      it('the form sends the answers, hidden fields and all, to the endpoint', async () => {
        const post = await openPost(name);
        // Typed as this realm's class; it is the iframe's, with the same shape.
        const check = post.document.querySelector('pinched-nerve-check')!;
        // The recipe's endpoint is the clinic's; point this copy at the test server.
        const endpoint = endpointFor('ok');
        check.setAttribute('endpoint', endpoint.url);
        await fillAll(check);
        const success = nextEvent(check, 'pinched-nerve-success');
        await pressSubmit(check);
        expect((await success).detail).to.have.property('status', 200);
        const { requests } = await endpoint.received();
        expect(requests).to.have.length(1);
        const payload = JSON.parse(requests[0]!.body);
        expect(payload).to.include({
          clinic_id: 'example-01',
          source: 'blog',
          region: 'lumbar',
          name: 'Ada Lovelace',
          consent: true,
          page_url: new URL(`/test/embed/wordpress/fixtures/${name}.shtml`, location.href).href,
        });
        expect(payload.consent_text).to.contain('Example Spine Clinic');
        expect(text(check.shadowRoot!.querySelector('#status'))).to.contain(
          'Thanks from the test server',
        );
      });

      it('the selectable list fills in the form, and the card’s button leads to it', async () => {
        const post = await openPost(name);
        const check = post.document.querySelector('pinched-nerve-check')!;
        const selectable = post.document.querySelector<Widget>(
          'pinched-nerve-symptoms[selectable]',
        )!;
        selectable.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
        await check.updateComplete;
        expect(check.values.region).to.equal('lumbar');
        expect(check.values.symptoms).to.deep.equal([symptoms.lumbar[0]]);

        const card = post.document.querySelector('pinched-nerve-card')!;
        card.shadowRoot!.querySelector<HTMLElement>('[part="cta-button"]')!.click();
        await waitUntil(
          () => check.shadowRoot!.activeElement?.id === 'title',
          'focus never reached the form’s title',
        );
      });
    });
  }

  it('keeps lists and the card whole after a line of text, when they use attributes or plain lines', async () => {
    const post = await openPost('robust-after-text');
    expectAttributesAsPasted(post.entry, await snippet('robust-after-text'));
    expectAllVisible(post.widgets);
    expect(strayItems(post.entry)).to.deep.equal([]);
    const [attribute, lines, selectable] = [
      ...post.document.querySelectorAll('pinched-nerve-symptoms'),
    ].map(shownItems);
    expect(attribute).to.deep.equal([
      'Pain that travels down the back of the leg',
      'Numb or tingling toes',
    ]);
    expect(lines).to.deep.equal([
      'Pain that spreads from the neck into the arm',
      'Tingling in the fingers',
    ]);
    expect(selectable!.map((s) => s.trim())).to.deep.equal([...symptoms.lumbar]);
    expectCompleteCard(post.document.querySelector('pinched-nerve-card')!, ['lumbar']);
    expect(post.window.__embed!.errors).to.deep.equal([]);
  });
});

/** What WordPress does to the markup the recipe tells authors to avoid (README: "Avoid"). */
function hazards() {
  return {
    'hazard-li-after-text': true,
    'hazard-li-after-script': true,
    'hazard-blank-line-inside': true,
  };
}

describe('WordPress: what wpautop() does to the markup the recipe warns against', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  it('text on the line before a list with <li> (or <ul>) children: the items end up outside it', async () => {
    // wpautop() opens <p> before the text, and drops the </p> after the element's start tag
    // (its regex takes <pinched-…> for a <p…> tag). The first <li> or <ul> then closes that
    // <p>, and the HTML parser closes the list element with it.
    const post = await openPost('hazard-li-after-text');
    const [lumbar, cervical] = [...post.document.querySelectorAll('pinched-nerve-symptoms')];
    expect(lumbar!.children, 'the lumbar list kept no child').to.have.length(0);
    expect(cervical!.children, 'the cervical list kept no child').to.have.length(0);
    expect(strayItems(post.entry).map(text)).to.deep.equal([
      'Pain that travels down the back of the leg',
      'Numb or tingling toes',
      'Pain that spreads from the neck into the arm',
      'Tingling in the fingers',
    ]);
    // The widgets show their built-in lists instead, and the author's items show as bullets.
    expect(shownItems(lumbar!)).to.deep.equal([...symptoms.lumbar]);
    expect(shownItems(cervical!)).to.deep.equal([...symptoms.cervical]);
  });

  it('the script tag on the line before a list with <li> children: the same', async () => {
    const post = await openPost('hazard-li-after-script');
    const list = post.document.querySelector('pinched-nerve-symptoms')!;
    expect(list.parentElement!.localName, 'the list sits in the script’s <p>').to.equal('p');
    expect(list.children).to.have.length(0);
    expect(strayItems(post.entry).map(text)).to.deep.equal([
      'Pain that travels down the back of the leg',
      'Numb or tingling toes',
    ]);
    expect(shownItems(list)).to.deep.equal([...symptoms.lumbar]);
  });

  it('a blank line inside a list: the list swallows the rest of the post, the form included', async () => {
    // wpautop() ends a paragraph at the blank line: "…arm</p>\n<p>Tingling…</pinched-nerve-symptoms>".
    // The parser ignores </pinched-nerve-symptoms> while that <p> is open, so the list stays
    // open until the post's </div>, and everything after it becomes its (hidden) light DOM.
    const post = await openPost('hazard-blank-line-inside');
    const list = post.document.querySelector('pinched-nerve-symptoms')!;
    const check = post.document.querySelector('pinched-nerve-check')!;
    expect(check.closest('pinched-nerve-symptoms'), 'the form is inside the list').to.equal(list);
    const box = check.getBoundingClientRect();
    expect(box.width * box.height, 'the form is not shown').to.equal(0);
    expect(shownItems(list)).to.deep.equal([
      'Pain that spreads from the neck into the arm',
      'Tingling in the fingers',
      'Questions? Call us.',
    ]);
  });
});

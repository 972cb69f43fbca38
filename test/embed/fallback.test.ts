import { expect } from '@open-wc/testing';
import { closeFixtures, openFixture, rendered, requireBundles, type Fixture } from './frame.js';

/** The fallback paragraphs a page put inside the card and the form, with their call links. */
function fallbacks(fixture: Fixture) {
  const found = [...fixture.document.querySelectorAll<HTMLElement>('.fallback')];
  expect(found.map((p) => p.parentElement!.localName)).to.deep.equal([
    'pinched-nerve-card',
    'pinched-nerve-check',
  ]);
  return found.map((p) => ({ p, link: p.querySelector('a')! }));
}

/** Whether the link can take focus (a link that is not drawn cannot). */
function takesFocus(fixture: Fixture, link: HTMLElement): boolean {
  link.focus();
  const focused = fixture.document.activeElement === link;
  link.blur();
  return focused;
}

describe('what a page puts inside the card and the form (docs/clinic-website.md: "If the script cannot load")', () => {
  before(requireBundles);
  afterEach(closeFixtures);

  it('is shown, with a working call link, when the script never loads', async () => {
    const fixture = await openFixture('fallback-missing.html');
    expect(fixture.window.customElements.get('pinched-nerve-card')).to.equal(undefined);
    for (const { p, link } of fallbacks(fixture)) {
      expect(p.getClientRects().length, `${p.parentElement!.localName}'s fallback`).to.be.above(0);
      expect(link.getAttribute('href')).to.equal('tel:+15550100199');
      expect(takesFocus(fixture, link), 'the call link takes focus').to.equal(true);
    }
    const items = fixture.document.querySelector('.own-items')!;
    expect(items.getClientRects().length, "the list's own items").to.be.above(0);
  });

  it('disappears once the widgets draw, leaving nothing to see or focus', async () => {
    const fixture = await openFixture('fallback.html');
    const card = await rendered(fixture, 'pinched-nerve-card');
    const check = await rendered(fixture, 'pinched-nerve-check');
    for (const { p, link } of fallbacks(fixture)) {
      const host = p.parentElement!.localName;
      expect(p.getClientRects().length, `${host}'s fallback is not drawn`).to.equal(0);
      expect(link.getClientRects().length, `${host}'s fallback link is not drawn`).to.equal(0);
      expect(takesFocus(fixture, link), `${host}'s fallback link takes no focus`).to.equal(false);
    }
    // The list's own items are drawn once, by the list.
    const list = await rendered(fixture, 'pinched-nerve-symptoms');
    expect(fixture.document.querySelector('.own-items')!.getClientRects().length).to.equal(0);
    expect(
      [...list.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent.trim()),
    ).to.deep.equal(['Pain down one leg', 'Numb toes']);
    // The widgets themselves drew their own call links, with the page's number.
    for (const el of [card, check]) {
      const tel = el.shadowRoot!.querySelector('a[href^="tel:"]');
      expect(tel, `<${el.localName}> has its own call link`).to.not.equal(null);
      expect(tel!.getAttribute('href')).to.equal('tel:+15550100199');
    }
  });

  for (const [tag, file] of [
    ['pinched-nerve-card', 'card.js'],
    ['pinched-nerve-check', 'pinched-nerve-widgets.iife.js'],
  ] as const) {
    it(`keeps a keyboard user's focus on the call link when <${tag}> draws over its fallback (${file})`, async () => {
      const fixture = await openFixture('fallback-late.html');
      const link = fixture.document.querySelector<HTMLElement>(`${tag} .fallback a`)!;
      link.focus();
      expect(fixture.document.activeElement === link, 'the fallback link takes focus').to.equal(
        true,
      );
      const script = fixture.document.createElement('script');
      if (file.endsWith('.js') && !file.includes('iife')) script.type = 'module';
      script.src = `/dist/${file}`;
      fixture.document.head.append(script);
      const el = await rendered(fixture, tag);
      // Browsers move focus off a link that is no longer drawn at their next frame.
      await new Promise((resolve) =>
        fixture.window.requestAnimationFrame(() => setTimeout(resolve)),
      );
      expect(fixture.document.activeElement?.localName, 'focus left the widget').to.equal(tag);
      const focused = el.shadowRoot!.activeElement;
      expect(focused?.getAttribute('href'), 'the drawn call link has focus').to.equal(
        'tel:+15550100199',
      );
      expect(focused!.getClientRects().length, 'and it is drawn').to.be.above(0);
    });
  }
});

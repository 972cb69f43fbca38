/**
 * docs/landing-pages.md, "Page builders": the two snippets it gives, inserted with innerHTML as
 * a builder that renders in the browser inserts "custom code". A script so inserted never runs:
 * the page's fallback inside each widget shows, phone and link. With the classic script in the
 * page's head (the builder's head-code setting), the same markup draws the widgets.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { requireBundles } from './frame.js';

/** The html blocks under "## Page builders", pointed at this checkout's build. */
async function snippets(): Promise<{ head: string; body: string }> {
  const page = await (await fetch('/docs/landing-pages.md')).text();
  const section = page.slice(page.indexOf('\n## Page builders\n'));
  const [head, body] = [...section.matchAll(/^```html\n([\s\S]*?)^```/gm)].map((m) =>
    m[1]!.replace('/assets/', '/dist/'),
  );
  expect(head).to.match(/^<script src="\/dist\/pinched-nerve-widgets\.iife\.js"><\/script>\n$/);
  expect(body).to.contain('<pinched-nerve-check').and.not.contain('<script');
  return { head: head!, body: body! };
}

const frames: HTMLIFrameElement[] = [];

/** A blank page with `head` in its <head>, loaded. */
async function blankPage(head: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 400px; height: 900px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Builder page</title>${head}</head><body><main></main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { window: frame.contentWindow!, document: frame.contentDocument! };
}

/** The fallback paragraphs inside the widgets, each with its call link and its other link. */
function fallbacks(doc: Document) {
  const found = [...doc.querySelectorAll('pinched-nerve-card > p, pinched-nerve-check > p')];
  expect(found).to.have.length(2);
  return found.map((p) => ({
    p,
    tel: p.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!,
    link: p.querySelector<HTMLAnchorElement>('a[href="/contact"]')!,
  }));
}

describe('a page builder that inserts the docs’ snippets with innerHTML', () => {
  before(requireBundles);
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('runs no pasted script, and each widget shows its fallback: phone and link', async () => {
    const { head, body } = await snippets();
    const page = await blankPage('');
    page.document.querySelector('main')!.innerHTML = head + body;
    // Two frames later: a script that was going to be fetched has been asked for by then.
    for (let i = 0; i < 2; i++) await new Promise((r) => page.window.requestAnimationFrame(r));
    const requested = page.window.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.filter((url) => url.includes('pinched-nerve-widgets'))).to.deep.equal([]);
    expect(page.window.customElements.get('pinched-nerve-check')).to.equal(undefined);
    for (const { p, tel, link } of fallbacks(page.document)) {
      expect(p.getClientRects().length, `${p.parentElement!.localName}'s fallback`).to.be.above(0);
      expect(tel.getAttribute('href')).to.equal('tel:+15550104477');
      expect(tel.getClientRects().length).to.be.above(0);
      expect(link.getClientRects().length).to.be.above(0);
    }
  });

  it('draws the widgets when the classic script is in the head, and hides the fallbacks', async () => {
    const { head, body } = await snippets();
    const page = await blankPage(head);
    expect(
      page.window.customElements.get('pinched-nerve-check'),
      'defined by the head',
    ).to.not.equal(undefined);
    page.document.querySelector('main')!.innerHTML = body;
    for (const tag of ['pinched-nerve-card', 'pinched-nerve-check']) {
      const el = page.document.querySelector(tag) as HTMLElement & { hasUpdated: boolean };
      await waitUntil(() => el.hasUpdated, `<${tag}> never drew`);
      expect(
        el.shadowRoot!.querySelector('a[href^="tel:"]'),
        `${tag}'s own call link`,
      ).to.not.equal(null);
    }
    for (const { p } of fallbacks(page.document))
      expect(p.getClientRects().length, `${p.parentElement!.localName}'s fallback`).to.equal(0);
  });
});

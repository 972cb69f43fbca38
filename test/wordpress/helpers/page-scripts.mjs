// Functions evaluated inside WordPress's pages (self-contained: they are serialized).

/**
 * Waits until every widget on the page is defined and rendered, then describes each one:
 * its tag and attributes, whether it drew (a shadow root with content and a size), and the
 * phone number it shows.
 */
export async function describeWidgets() {
  const selector =
    'pinched-nerve-card, pinched-nerve-symptoms, pinched-nerve-check, pinched-nerve-map';
  const deadline = Date.now() + 15000;
  const all = () => [...document.querySelectorAll(selector)];
  while (
    all().some((el) => !customElements.get(el.localName) || !el.shadowRoot?.childElementCount)
  ) {
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const el of all()) await el.updateComplete;
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return all().map((el) => {
    const root = el.shadowRoot;
    const box = el.getBoundingClientRect();
    return {
      tag: el.localName,
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      defined: !!customElements.get(el.localName),
      drawn: !!root?.childElementCount && box.height > 20 && box.width > 100,
      phone: text(root?.querySelector('[part~="phone"]')),
      heading: text(root?.querySelector('[part~="heading"]')),
      figure: !!root?.querySelector('svg[part~="figure"] path'),
      panel: text(root?.querySelector('[part~="panel-heading"]')),
      items: [...(root?.querySelectorAll('[part~="item"], [part~="choice"]') ?? [])].map(text),
      lang: el.closest('[lang]')?.getAttribute('lang') ?? '',
    };
  });
}

/** The page's scripts: src of each, and how many have no src (inline). */
export function scripts() {
  const all = [...document.querySelectorAll('script')];
  return {
    src: all
      .filter((s) => s.src)
      .map((s) => ({ src: s.src, type: s.type, inBody: !!s.closest('body') })),
    inline: all.filter((s) => !s.src && s.type !== 'application/json' && s.type !== 'importmap')
      .length,
  };
}

/**
 * The text of one part of the `index`-th widget with that tag, once it reads `expected` (or after
 * 5 s): a widget in another language shows English until its words file arrives, then switches,
 * and each widget fetches its file only when it first draws.
 */
export async function partText(tag, index, part, expected) {
  const read = () => {
    const widget = document.querySelectorAll(tag)[index];
    return widget?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent.trim();
  };
  const deadline = Date.now() + 20000;
  while (!read()?.startsWith(expected) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return read();
}

/**
 * The author's own items, read from the element's children: `<li>` elements when there are
 * any; otherwise plain text, one item a line, where a `<br>` or a paragraph (what WordPress's
 * wpautop() makes of line breaks) also ends an item.
 */
export function lightItems(host: Element): string[] {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const items = [...host.querySelectorAll('li')].map((li) => clean(li.textContent ?? ''));
  if (items.length) return items.filter(Boolean);
  const lines: string[] = [''];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const [first = '', ...rest] = (child.textContent ?? '').split('\n');
        lines[lines.length - 1] += first;
        lines.push(...rest);
      } else if (child instanceof Element) {
        const breaks =
          child.localName === 'br' || child.localName === 'p' || child.localName === 'div';
        if (breaks) lines.push('');
        walk(child);
        if (breaks) lines.push('');
      }
    }
  };
  walk(host);
  return lines.map(clean).filter(Boolean);
}

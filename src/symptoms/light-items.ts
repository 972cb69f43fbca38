/** Children whose text is no item: code and markup that tag managers put anywhere. */
const SKIP = /^(script|style|template|noscript)$/;

/** The lines of text in `node`: a `<br>`, a paragraph or a `<div>` also ends a line. */
function lines(node: Node, out: string[] = ['']): string[] {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const [first = '', ...rest] = (child.textContent ?? '').split('\n');
      out[out.length - 1] += first;
      out.push(...rest);
    } else if (child instanceof Element && !SKIP.test(child.localName)) {
      const breaks = /^(br|p|div)$/.test(child.localName);
      if (breaks) out.push('');
      lines(child, out);
      if (breaks) out.push('');
    }
  }
  return out;
}

/**
 * The author's own items, read from the element's children: `<li>` elements when there are
 * any; otherwise plain text, one item a line, where a `<br>` or a paragraph (what WordPress's
 * wpautop() makes of line breaks) also ends an item. Comments and the text of `<script>`,
 * `<style>`, `<template>` and `<noscript>` are never items.
 */
export function lightItems(host: Element): string[] {
  const lis = [...host.querySelectorAll('li')];
  return (lis.length ? lis.map((li) => lines(li).join(' ')) : lines(host))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** An element's text as a person reads it: white space folded, ends trimmed. */
export const text = (el: Element | null | undefined) =>
  el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Registers a tag once. A page that loads the script twice (a plugin and a theme both
 * enqueue it, say) keeps the first definition instead of throwing.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

/**
 * Waits until a fixture's widgets are drawn. Each widget draws first in a task of its own, so a
 * wrapper's `fixture()` resolves before the widgets inside it are drawn. A widget whose element
 * was never defined (a test that forgot its import) fails here, rather than passing unwaited.
 */
export async function drawn<T extends Element>(root: T): Promise<T> {
  const all = [root, ...root.querySelectorAll('*')];
  const undefinedWidget = all.find(
    (el) => el.localName.startsWith('pinched-nerve-') && !customElements.get(el.localName),
  );
  if (undefinedWidget) throw new Error(`<${undefinedWidget.localName}> is not defined`);
  const widgets = all.filter(
    (el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el,
  );
  await Promise.all(widgets.map((el) => el.updateComplete));
  return root;
}

/**
 * The language a widget drew its words in, read from the `lang` on its content: its own state
 * is renamed in the built files.
 */
export const drawnLang = (el: Element): string | null | undefined =>
  el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang');

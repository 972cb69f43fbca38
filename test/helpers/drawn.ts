/**
 * Waits until a fixture's widgets are drawn. Each widget draws first in a task of its own, so a
 * wrapper's `fixture()` resolves before the widgets inside it are drawn.
 */
export async function drawn<T extends Element>(root: T): Promise<T> {
  const widgets = [root, ...root.querySelectorAll('*')].filter(
    (el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el,
  );
  await Promise.all(widgets.map((el) => el.updateComplete));
  return root;
}

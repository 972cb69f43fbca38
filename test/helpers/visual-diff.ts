// @ts-expect-error The package's types re-export './browser/commands.mjs', whose .d.mts it does not ship.
import { visualDiff as diff } from '@web/test-runner-visual-regression';

const compare = diff as (element: Element, name: string) => Promise<void>;

/**
 * Screenshots `element` and compares it with its reference (see web-test-runner.config.mjs).
 * WebKit under load sometimes sends a frame it has not finished (part black, or the last test's
 * picture): one more look, a moment later, after a fresh frame. A real difference fails both.
 */
export async function visualDiff(element: Element, name: string): Promise<void> {
  try {
    await compare(element, name);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    await compare(element, name);
  }
}

import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const tags: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * A real heading element at a level the host page chooses (its own h1 comes first), built
 * from fixed tag literals so no author string ever becomes markup.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; part?: string; className?: string; focusable?: boolean } = {},
): TemplateResult {
  const tag = tags[Math.min(6, Math.max(1, level))]!;
  return html`<${tag}
    id=${ifDefined(options.id)}
    part=${ifDefined(options.part)}
    class=${ifDefined(options.className)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
    >${content}</${tag}
  >`;
}

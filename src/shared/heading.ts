import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  focusable?: boolean;
}

/**
 * A real heading element at a level the host page chooses (its own h1 comes first). One
 * fixed template per level: no author string ever becomes markup, and lit/static-html's
 * bytes stay off the patient's phone.
 */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const tab = o.focusable ? -1 : undefined;
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        tabindex=${ifDefined(tab)}
      >
        ${content}
      </h1>`;
    case 2:
      return html`<h2
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        tabindex=${ifDefined(tab)}
      >
        ${content}
      </h2>`;
    case 3:
      return html`<h3
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        tabindex=${ifDefined(tab)}
      >
        ${content}
      </h3>`;
    case 4:
      return html`<h4
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        tabindex=${ifDefined(tab)}
      >
        ${content}
      </h4>`;
    case 5:
      return html`<h5
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        tabindex=${ifDefined(tab)}
      >
        ${content}
      </h5>`;
    default:
      return html`<h6
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        tabindex=${ifDefined(tab)}
      >
        ${content}
      </h6>`;
  }
}

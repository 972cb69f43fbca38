import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A plain symptom list, shared by the card and the stand-alone element. */
export function symptomList(items: readonly string[], lang?: string): TemplateResult {
  return html`<ul part="list" class="symptoms" lang=${ifDefined(lang)}>
    ${items.map((item) => html`<li part="item">${item}</li>`)}
  </ul>`;
}

import { html, type TemplateResult } from 'lit';

/** A plain symptom list, shared by the card and the stand-alone element. */
export function symptomList(items: readonly string[], part = 'list'): TemplateResult {
  return html`<ul part=${part} class="symptoms">
    ${items.map((item) => html`<li part="item">${item}</li>`)}
  </ul>`;
}

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safety } from '../content/en.js';
import { addWords } from '../i18n/translations.js';

// The safety line's words travel with the lists (the card's and the stand-alone one), not the form.
addWords({ safety });

/** A plain symptom list, shared by the card and the stand-alone element. */
export function symptomList(items: readonly string[], lang?: string): TemplateResult {
  return html`<ul part="list" class="symptoms" lang=${ifDefined(lang)}>
    ${items.map((item) => html`<li part="item">${item}</li>`)}
  </ul>`;
}

/**
 * The line under every symptom list: not a diagnosis, and the signs that need 911 now. A page
 * often shows a card or a list without the form and its full list of warning signs.
 */
export const safetyLine = (text: string, lang?: string): TemplateResult =>
  html`<p part="safety" class="safety" lang=${ifDefined(lang)}>${text}</p>`;

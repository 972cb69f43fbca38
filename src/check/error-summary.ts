import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Messages } from '../content/types.js';
import { heading } from '../shared/heading.js';
import { errorText, type Errors } from './validation.js';
import { STEPS } from './values.js';

/**
 * The GOV.UK error summary: a heading and a link per error, in field order. The links move
 * focus in code, since an `href="#id"` cannot reach into a shadow root.
 */
export function errorSummary(
  words: Messages['check'],
  errors: Errors,
  onLink: (field: string) => void,
  level: number,
  /** Changes with each blocked step, so the alert's content is drawn anew and announced again. */
  key: number,
) {
  const fields = STEPS.flat().filter((f) => errors[f]);
  if (!fields.length) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    role="group"
    aria-labelledby="summary-title"
  >
    <div role="alert">
      ${keyed(
        key,
        html`${heading(level, words.errorSummary, {
            id: 'summary-title',
            className: 'error-summary-title',
            part: 'error-summary-heading',
          })}
          <ul>
            ${fields.map(
              (field) =>
                html`<li>
                  <a
                    href="#f-${field}"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      onLink(field);
                    }}
                    >${errorText(words.errors, errors[field]!)}</a
                  >
                </li>`,
            )}
          </ul>`,
      )}
    </div>
  </div>`;
}

import { html } from 'lit';
import type { Messages } from '../content/types.js';
import { heading } from '../shared/heading.js';

/**
 * The emergency signs, once, before the questions: a one-line banner ("Call 911 for emergency
 * signs"), a button that opens the full list with one tap. Closed, the list is hidden from the eye only, so a
 * screen reader still reads every sign before the first question, and the region's heading
 * still lets it jump here from any step. `open` is held in memory by the form, never stored.
 */
export function warning(
  words: Messages['check'],
  signs: Messages['emergency']['signs'],
  level: number,
  open: boolean,
  toggle: () => void,
) {
  const w = words.warnings;
  return html`<section class="warning" part="warning" aria-labelledby="warning-title">
    <button
      type="button"
      class="quiet banner"
      part="warning-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="signs"
      @click=${toggle}
    >
      ${w.banner}
    </button>
    <div id="signs" class="signs ${open ? '' : 'visually-hidden'}">
      ${heading(level, w.heading, {
        id: 'warning-title',
        className: 'warning-title',
        part: 'warning-heading',
      })}
      <ul>
        ${signs.map((item) => html`<li>${item}</li>`)}
      </ul>
      <p><strong>${w.action}</strong></p>
    </div>
  </section>`;
}

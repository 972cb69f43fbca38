import { html, nothing } from 'lit';
import type { Messages } from '../content/types.js';
import { telHref } from '../shared/attributes.js';
import { heading } from '../shared/heading.js';

/** What the thank-you shows: the page's or the server's words where given, else the form's. */
export interface ThanksView {
  words: Messages['check'];
  /** The form's own heading level: the thank-you's heading takes the title's place. */
  level: number;
  message: unknown;
  next: unknown;
  phone: string;
  booking: string | null;
}

/**
 * The thank-you: a check mark, the message, what happens next, a large button to call, the
 * clinic's booking link when it has one, and the emergency signs in short. Focused when shown,
 * it is named by its heading and described by the message and the next step.
 */
export function thanks(v: ThanksView) {
  const s = v.words.success;
  return html`<div
    id="status"
    class="status success"
    part="status"
    tabindex="-1"
    role="status"
    aria-labelledby="status-title"
    aria-describedby="status-message status-next"
  >
    <span class="tick" aria-hidden="true">✓</span>
    ${heading(v.level, s.heading, { id: 'status-title', part: 'status-heading' })}
    <p id="status-message">${v.message}</p>
    <p id="status-next">${v.next}</p>
    ${
      v.phone
        ? html`<p class="phone" part="phone">${s.sooner}</p>
            <p class="actions">
              <a class="button" part="call-button" href=${telHref(v.phone)}>${v.phone}</a>
            </p>`
        : nothing
    }
    ${v.booking ? html`<p><a part="booking-link" href=${v.booking}>${s.book}</a></p>` : nothing}
    <p><strong>${s.safety}</strong></p>
  </div>`;
}

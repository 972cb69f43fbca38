import { css } from 'lit';
import { choiceStyles } from '../shared/choices.js';
import { baseStyles } from '../shared/styles.js';

export const checkStyles = [
  baseStyles,
  choiceStyles,
  css`
    .check {
      background: var(--_surface);
      border: 1px solid color-mix(in srgb, var(--_border) 25%, transparent);
      border-top: 0.35rem solid var(--_accent);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    .check > :is(h1, h2, h3, h4, h5, h6) {
      margin: 0 0 0.5em;
      font-size: 1.5em;
      line-height: 1.25;
    }
    .check p {
      margin: 0 0 0.75em;
    }
    .notice {
      font-size: 0.95em;
    }
    .progress {
      display: block;
      font-size: 0.8em;
      font-weight: 600;
      margin-bottom: 0.35em;
    }
    /* The bar is drawn for the eye only: "Step 1 of 3" is read with the step's heading. */
    .bar {
      display: flex;
      gap: 4px;
    }
    .bar span {
      flex: 1;
      height: 6px;
      background: color-mix(in srgb, currentColor 20%, transparent);
    }
    .bar .done {
      background: var(--_accent);
    }
    .step > :is(h2, h3, h4, h5, h6),
    .warning-title {
      margin: 0 0 0.75em;
      font-size: 1.2em;
      line-height: 1.3;
    }
    .form-group {
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .form-group.nested {
      margin: 0.5em 0 1em;
    }
    .form-group.has-error {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: 0.75em;
    }
    legend,
    label[part='label'] {
      display: block;
      font-weight: 700;
      margin-bottom: 0.35em;
      padding: 0;
    }
    .nested > legend {
      font-weight: 600;
    }
    .optional {
      font-weight: 400;
    }
    .hint {
      font-size: 0.95em;
      margin: 0 0 0.5em;
    }
    .error-message {
      color: var(--_error);
      font-weight: 700;
      margin: 0 0 0.4em !important;
    }
    input:not([type='checkbox'], [type='radio']) {
      display: block;
      width: 100%;
      max-width: 28em;
      min-height: 48px;
      padding: 0.5em 0.6em;
      font: inherit;
      background: var(--pnw-input-background, #ffffff);
      color: var(--pnw-input-color, #0b0c0c);
      border: 2px solid var(--pnw-input-border, #505a5f);
      border-radius: calc(var(--_radius) / 2);
    }
    .has-error input {
      border-color: var(--_error);
    }
    .error-summary {
      border: 4px solid var(--_error);
      padding: var(--_space);
      margin-bottom: var(--_space);
      border-radius: calc(var(--_radius) / 2);
    }
    .error-summary-title {
      margin: 0 0 0.5em;
      font-size: 1.2em;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .error-summary a {
      color: var(--_error);
      font-weight: 700;
    }
    .warning {
      border-inline-start: 6px solid var(--_error);
      padding: 0.25em 0 0.25em 0.5em;
      margin: 0 0 var(--_space);
    }
    .warning ul {
      margin: 0 0 0.5em;
      padding-inline-start: 1.25em;
    }
    /* A button that looks like a link: Back, and the banner's "see the signs". */
    .quiet {
      min-height: 48px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--pnw-link-color, var(--_accent));
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75em 1.5em;
    }
    /* 24em wide, or the whole width where that does not fit beside Back: a phone's. */
    .actions .button {
      flex: 0 1 24em;
    }
    /* After sending, the host keeps the height the form had, and the thank-you's box fills it. */
    .thanks {
      min-height: inherit;
    }
    .tick {
      font-size: 2.5em;
      line-height: 1;
      color: var(--_accent);
    }
    /* The banner: the one line, bold, with an arrow that turns when open. */
    .banner {
      color: inherit;
      font-size: 0.95em;
      font-weight: 700;
      text-align: start;
    }
    .banner::after {
      content: ' ▾' / '';
    }
    [aria-expanded='true']::after {
      content: ' ▴' / '';
    }
    @media (prefers-reduced-motion: no-preference) {
      .step {
        animation: pnw-in 0.2s ease-out;
      }
      /* Sending: a spinner in the button. */
      .button[aria-disabled='true']::before {
        content: '';
        width: 1em;
        height: 1em;
        margin-inline-end: 0.5em;
        border: 2px solid;
        border-inline-end-color: transparent;
        border-radius: 50%;
        animation: pnw-spin 0.8s linear infinite;
      }
    }
    /* A slide, not a fade: moving content is no layout shift, and contrast stays whole. */
    @keyframes pnw-in {
      from {
        translate: 0 0.5rem;
      }
    }
    @keyframes pnw-spin {
      to {
        rotate: 1turn;
      }
    }
    .button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.8;
    }
    .status.failed {
      border: 3px solid var(--_error);
      border-radius: calc(var(--_radius) / 2);
      padding: var(--_space);
      margin-bottom: var(--_space);
    }
    .status :is(h1, h2, h3, h4, h5, h6) {
      margin: 0 0 0.5em;
      font-size: 1.2em;
    }
    .not-configured {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: 0.75em;
    }
    /* No offset (a right-to-left page would scroll to it), and hidden from focus everywhere
       (iOS's next/previous arrows reach tabindex=-1 fields). */
    .trap {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      visibility: hidden;
    }
    @media (forced-colors: active) {
      .quiet {
        border: 1px solid ButtonText;
        padding-inline: 0.5em;
      }
      .check,
      .status,
      .error-summary,
      .warning,
      .form-group.has-error {
        border-color: CanvasText;
      }
    }
  `,
];

import { css } from 'lit';
import { choiceStyles } from '../shared/choices.js';
import { baseStyles } from '../shared/styles.js';

export const checkStyles = [
  baseStyles,
  choiceStyles,
  css`
    .check {
      container-type: inline-size;
      /* After sending, the host keeps the height the form had, and the box fills it. */
      min-height: inherit;
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
      margin-top: 0.3em;
    }
    .bar span {
      flex: 1;
      height: 6px;
      border-radius: 3px;
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
    input[type='text'],
    input[type='tel'],
    input[type='email'] {
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
    .has-error input[type='text'],
    .has-error input[type='tel'],
    .has-error input[type='email'] {
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
      padding: 0.25em 0 0.25em 0.75em;
      margin: 0 0 var(--_space);
    }
    .warning .banner {
      margin: 0;
    }
    .warning ul {
      margin: 0 0 0.5em;
      padding-inline-start: 1.25em;
    }
    .signs {
      margin-top: 0.5em;
    }
    /* A button that looks like a link: Back, and the banner's "see the signs". */
    .quiet {
      min-height: 24px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--pnw-link-color, var(--_accent));
      font: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75em 1.5em;
    }
    .actions .quiet {
      min-height: 48px;
    }
    /* Phones: the main buttons take the whole width, easy to reach with a thumb. */
    .check .button {
      width: 100%;
    }
    @container (min-width: 34rem) {
      .check .button {
        width: auto;
      }
    }
    .tick {
      display: grid;
      place-items: center;
      width: 2.5em;
      height: 2.5em;
      margin-bottom: 0.5em;
      border: 2px solid var(--_accent);
      border-radius: 50%;
      background: var(--_accent);
      color: var(--_accent-contrast);
      font-size: 1.25em;
      font-weight: 700;
    }
    .success .button {
      margin-bottom: 0.75em;
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
        transform: translateY(0.5rem);
      }
    }
    @keyframes pnw-spin {
      to {
        transform: rotate(1turn);
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
    .status :is(h2, h3, h4, h5, h6) {
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
      .bar span,
      .tick {
        forced-color-adjust: none;
        background: Canvas;
        border: 1px solid CanvasText;
        color: CanvasText;
      }
      .bar .done {
        background: Highlight;
      }
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

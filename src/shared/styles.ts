import { css } from 'lit';

/**
 * The theme every element shares. Text colour and font are inherited from the page; the
 * custom properties below are the documented knobs.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--pnw-accent, #0b5394);
    --_accent-contrast: var(--pnw-accent-contrast, #ffffff);
    --_surface: var(--pnw-surface, transparent);
    --_border: var(--pnw-border-color, currentColor);
    --_radius: var(--pnw-radius, 0.5rem);
    --_space: var(--pnw-space, 1rem);
    --_error: var(--pnw-error-color, #b3261e);
    --_focus: var(--pnw-focus-color, #ffbf47);
    display: block;
    box-sizing: border-box;
    font-family: var(--pnw-font, inherit);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--pnw-link-color, var(--_accent));
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 48px;
    padding: 0.6em 1.2em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
    max-width: 100%;
    text-align: center;
  }
  /* The symptom lists and the call lines look the same in every element. */
  .symptoms {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .symptoms li + li {
    margin-top: 0.35em;
  }
  .safety {
    margin: 0.75em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_error);
    font-size: 0.95em;
  }
  .phone a {
    font-weight: 700;
    white-space: nowrap;
    display: inline-block;
    padding-block: 0.6em;
  }
  /* Only margin needs !important: .check p sets one; nothing else here styles these. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0 !important;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    border: 0;
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: filter 0.15s ease;
    }
  }
  .button:hover {
    filter: brightness(1.15);
  }
  /* System colours, never the author's: on a dark theme those can vanish (issue 13). */
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    [tabindex='-1']:focus-visible {
      outline-color: Highlight;
    }
  }
`;

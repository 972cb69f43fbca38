import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface ChoiceOptions {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  value: string;
  label: string | TemplateResult;
  checked: boolean;
  onChange: (event: Event) => void;
  /** The id of the group's error message: the control is invalid and described by it. */
  error?: string;
}

/** One large, easy-to-hit checkbox or radio with its label, drawn as a tile (below). */
export function choice(o: ChoiceOptions): TemplateResult {
  return html`<div class="choice" part="choice">
    <input
      id=${o.id}
      type=${o.type}
      name=${o.name}
      .value=${o.value}
      .checked=${o.checked}
      aria-invalid=${ifDefined(o.error ? 'true' : undefined)}
      aria-describedby=${ifDefined(o.error)}
      @change=${o.onChange}
    />
    <label for=${o.id}>${o.label}</label>
  </div>`;
}

/**
 * Each choice is a full-width tile: the label is the tile, so a tap anywhere on it ticks the real
 * radio or checkbox inside, which keeps its native keyboard, forced-colour and screen-reader
 * behaviour. Ticked, the tile shows a check mark, a border and a fill: never colour alone.
 */
export const choiceStyles = css`
  .choice {
    position: relative;
    margin-block: 0.5em;
  }
  .choice input {
    position: absolute;
    inset-inline-start: 0.75em;
    top: 0.8em;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice label {
    display: block;
    min-height: 48px;
    padding: 0.65em 2.5em 0.65em 3em;
    /* 60% of the text colour: 3:1 or more on light and dark surfaces alike. */
    border: 2px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice :checked + label {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .choice :checked + label::after {
    content: '✓' / '';
    position: absolute;
    inset-inline-end: 0.75em;
    top: 0.55em;
    font-weight: 700;
    font-size: 1.2em;
    color: var(--_accent);
  }
`;

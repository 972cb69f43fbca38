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

/** One large, easy-to-hit checkbox or radio with its label. */
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

export const choiceStyles = css`
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 44px;
    padding-block: 0.25em;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
  }
  .choice label {
    flex: 1;
    min-width: 0;
    cursor: pointer;
    padding-top: 0.1em;
  }
`;

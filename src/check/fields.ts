import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Choice, Messages } from '../content/types.js';
import { choice } from '../shared/choices.js';
import { errorText, type Errors } from './validation.js';
import type { CheckValues, FieldName } from './values.js';

/** What a field needs from the form: the values, the errors, and a way to change a value. */
export interface FieldContext {
  /** The form's words, in its language. */
  words: Messages['check'];
  values: CheckValues;
  errors: Errors;
  set: (patch: Partial<CheckValues>) => void;
}

/** The id of the control an error-summary link moves focus to. */
export const controlId = (field: string) => `f-${field}`;

const ids = (...list: (string | false | undefined)[]) =>
  list.filter(Boolean).join(' ') || undefined;

/** A field's message, above its control, with a hidden "Error:" for screen readers. */
export function errorMessage(ctx: FieldContext, field: FieldName, nested = false) {
  // A nested group (one region's symptoms) leaves the message to its outer fieldset.
  const error = nested ? undefined : ctx.errors[field];
  if (!error) return nothing;
  return html`<p id="${field}-error" class="error-message" part="error-message">
    <span class="visually-hidden">${ctx.words.errorPrefix}</span>
    ${errorText(ctx.words.errors, error)}
  </p>`;
}

interface ChoiceGroupOptions {
  field: FieldName;
  legend: string;
  hint?: string;
  optional?: boolean;
  type: 'radio' | 'checkbox';
  /** Labels are the words' strings, or page text marked with its language. */
  choices: readonly { value: string; label: Choice['label'] | TemplateResult }[];
  idPrefix?: string;
  nested?: boolean;
  /** Content after the choices: the nested groups of a group that has none of its own. */
  body?: unknown;
}

/** Radios or checkboxes in a fieldset with a legend, a hint and an error, GOV.UK style. */
export function choiceGroup(ctx: FieldContext, o: ChoiceGroupOptions): TemplateResult {
  const error = o.nested ? undefined : ctx.errors[o.field];
  const current = ctx.values[o.field];
  const isChecked = (value: string) =>
    Array.isArray(current) ? (current as string[]).includes(value) : current === value;
  const onChange = (value: string) => (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    if (o.type === 'radio') {
      ctx.set({ [o.field]: value });
      return;
    }
    // Other ticks stay as they are, "Nothing yet" too: nothing changes that the patient did not touch.
    const list = ((ctx.values[o.field] as string[]) ?? []).filter((v) => v !== value);
    ctx.set({ [o.field]: checked ? [...list, value] : list });
  };
  const prefix = o.idPrefix ?? controlId(o.field);
  // ARIA has no required radio, so a required group of them is a required radiogroup (and
  // a native \`required\` would have Chromium call every unticked radio invalid).
  const required = !o.optional && !o.nested;
  return html`<fieldset
    class="form-group ${error ? 'has-error' : ''} ${o.nested ? 'nested' : ''}"
    part="form-group"
    role=${ifDefined(required ? 'radiogroup' : undefined)}
    aria-required=${ifDefined(required ? 'true' : undefined)}
    aria-describedby=${ifDefined(ids(o.hint && `${prefix}-hint`, error && `${o.field}-error`))}
  >
    <legend part="legend">
      ${o.legend}
      ${o.optional ? html`<span class="optional">${ctx.words.optional}</span>` : nothing}
    </legend>
    ${o.hint ? html`<p id="${prefix}-hint" class="hint">${o.hint}</p>` : nothing}
    ${errorMessage(ctx, o.field, o.nested)}
    ${o.choices.map((c, i) =>
      choice({
        type: o.type,
        id: i === 0 ? prefix : `${prefix}-${i}`,
        name: o.field,
        value: c.value,
        label: c.label,
        checked: isChecked(c.value),
        onChange: onChange(c.value),
        error: error && `${o.field}-error`,
      }),
    )}
    ${o.body}
  </fieldset>`;
}

/**
 * A question of the form's words: its legend, its hint when it has one, and its choices (the
 * words' `{ value: label }`, in their order); optional radios unless `o` says otherwise.
 */
export const question = (
  ctx: FieldContext,
  field: FieldName,
  q: { legend: string; hint?: string; choices: Record<string, string> },
  o?: Partial<ChoiceGroupOptions>,
): TemplateResult =>
  choiceGroup(ctx, {
    field,
    legend: q.legend,
    hint: q.hint,
    optional: true,
    type: 'radio',
    choices: Object.entries(q.choices).map(([value, label]) => ({ value, label })),
    ...o,
  });

/**
 * A labelled text input with its hint and error (both from the words of its field), and an
 * autocomplete token for autofill. `describedBy` is the id of a hint shared with other fields.
 */
export function textField(
  ctx: FieldContext,
  field: 'name' | 'phone' | 'email',
  describedBy?: string,
): TemplateResult {
  const { label, hint } = ctx.words[field] as { label: string; hint?: string };
  // The token for autofill, and the input's type: name/text, tel/tel, email/email.
  const autocomplete = field === 'phone' ? 'tel' : field;
  const error = ctx.errors[field];
  const id = controlId(field);
  return html`<div class="form-group ${error ? 'has-error' : ''}" part="form-group">
    <label for=${id} part="label">${label}</label>
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
    ${errorMessage(ctx, field)}
    <input
      id=${id}
      part="input"
      name=${field}
      type=${field === 'name' ? 'text' : field === 'phone' ? 'tel' : field}
      autocomplete=${autocomplete}
      maxlength=${ifDefined(field === 'phone' ? 40 : undefined)}
      spellcheck="false"
      aria-required=${ifDefined(field === 'name' ? 'true' : undefined)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(ids(describedBy, hint && `${id}-hint`, error && `${field}-error`))}
      .value=${ctx.values[field]}
      @input=${(e: Event) => ctx.set({ [field]: (e.target as HTMLInputElement).value })}
    />
  </div>`;
}

/** The consent checkbox: unticked by default, its exact words recorded in the payload. */
export function consentField(
  ctx: FieldContext,
  text: string | TemplateResult,
  privacyHref: string | null,
): TemplateResult {
  const error = ctx.errors.consent;
  const id = controlId('consent');
  return html`<fieldset
    class="form-group ${error ? 'has-error' : ''}"
    part="form-group"
    aria-describedby=${ifDefined(ids(error && 'consent-error'))}
  >
    <legend part="legend">${ctx.words.consent.legend}</legend>
    ${errorMessage(ctx, 'consent')}
    <div class="choice" part="choice">
      <input
        id=${id}
        type="checkbox"
        name="consent"
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error && 'consent-error')}
        .checked=${ctx.values.consent}
        @change=${(e: Event) => ctx.set({ consent: (e.target as HTMLInputElement).checked })}
      />
      <label for=${id}>${text}</label>
    </div>
    ${
      privacyHref
        ? html`<p class="privacy">
            <a href=${privacyHref} target="_blank" rel="noopener">${ctx.words.consent.privacy}</a>
          </p>`
        : nothing
    }
  </fieldset>`;
}

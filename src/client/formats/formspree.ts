// Formspree: POST https://formspree.io/f/{formId}, JSON, with `Accept: application/json`.
import type { FormatModule } from '../formats.js';
import type { FieldErrors } from '../response.js';
import { submit } from '../submit.js';
import { ownError } from './errors.js';
import { original, readFieldNames, rename, type FieldNames } from './field-names.js';

export const setup: FormatModule['setup'] = (form) => {
  const { names, error } = readFieldNames(form);
  return {
    error,
    send: async (payload, options) => {
      const subject = form.getAttribute('subject')?.trim();
      const result = await submit(
        {
          ...rename(payload, names),
          // The subject of the email Formspree sends the clinic: never the patient's answers.
          _subject:
            subject || `New candidate check for ${form.clinicName?.trim() || location.hostname}`,
          // Formspree's spam trap, empty: a form whose trap a bot filled sends nothing at all.
          _gotcha: '',
        },
        { ...options, method: 'POST', encoding: 'json' },
      );
      return result.ok ? result : { ...result, fieldErrors: fieldErrors(result.response, names) };
    },
  };
};

/** The 422 answer `{errors: [{field, message, code}]}`; errors without a field go to the summary. */
function fieldErrors(response: unknown, names: FieldNames): FieldErrors {
  const out: FieldErrors = {};
  const list = (response as { errors?: unknown } | null)?.errors;
  (Array.isArray(list) ? list : []).forEach((error: unknown, i) => {
    const { field, message, code } = (error ?? {}) as Record<string, unknown>;
    const text = typeof message === 'string' ? message : '';
    const key = typeof field === 'string' && field ? original(field, names) : `#${i}`;
    if (text) out[key] ??= ownError(key, /REQUIRED/.test(String(code)), text);
  });
  return out;
}

// Formspree: POST https://formspree.io/f/{formId}, JSON, with `Accept: application/json`.
import { addFieldError, type FieldError } from '../errors.js';
import type { FormatModule } from '../formats.js';
import { submit } from '../submit.js';
import { original, readFieldNames, rename, type FieldNames } from './field-names.js';
import { serviceUrl } from './service-url.js';

export const setup: FormatModule['setup'] = (config) => {
  // Formspree's own fields start with an underscore (_gotcha, _subject, _replyto, _next…).
  const { names, error, notes } = readFieldNames(config, [], /^_/);
  // A form's id is the eight letters and digits Formspree gives it (`xyzabcde`).
  const to = serviceUrl(config, 'formspree', {
    hosts: /^formspree\.io$/,
    path: /^\/f\/([a-z\d]{8})\/?$/i,
    build: ([id]) => `/f/${id}`,
    shape: 'https://formspree.io/f/{formId}',
  });
  return {
    error: error || to.error,
    notes: [...notes, ...to.notes],
    send: async (payload, target) => {
      const result = await submit(
        {
          ...rename(payload, names),
          // The subject of the email Formspree sends the clinic: never the patient's answers.
          _subject: target.subject || `New candidate check for ${target.clinicName || target.host}`,
          // Formspree's spam trap, empty: a form whose trap a bot filled sends nothing at all.
          _gotcha: '',
        },
        { ...target, url: to.url!, method: 'POST', encoding: 'json' },
      );
      return result.ok ? result : { ...result, fieldErrors: fieldErrors(result.response, names) };
    },
  };
};

/** The 422 answer `{errors: [{field, message, code}]}`; errors without a field go to the summary. */
function fieldErrors(response: unknown, names: FieldNames): FieldError[] {
  const out: FieldError[] = [];
  const list = (response as { errors?: unknown } | null)?.errors;
  (Array.isArray(list) ? list : []).forEach((error: unknown, i) => {
    const { field, message, code } = (error ?? {}) as Record<string, unknown>;
    const text = typeof message === 'string' ? message : '';
    const key = typeof field === 'string' && field ? original(field, names) : `#${i}`;
    const kind = /REQUIRED/.test(String(code)) ? 'required' : 'invalid';
    if (text) addFieldError(out, { field: key, kind, text });
  });
  return out;
}

import type { check } from '../content/check-en.js';
import { STEPS, type CheckValues, type FieldName } from './values.js';

/** A message of the form's own, by its key in the words' `check.errors`. */
export type ErrorKey = keyof (typeof check)['errors'];

/** A validator is data: which field it speaks for, when it fails, and what to say. */
interface Validator {
  field: FieldName;
  fails: (v: CheckValues) => boolean;
  message: ErrorKey;
}

const digits = (s: string) => s.replace(/\D/g, '');
export const isPhone = (s: string) =>
  /^\+?[\d\s().\-–]+$/.test(s.trim()) && digits(s).length >= 7 && digits(s).length <= 15;
export const isEmail = (s: string) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s.trim());

/** In field order: the first failing validator of a field gives its message. */
const validators: readonly Validator[] = [
  { field: 'region', fails: (v) => !v.region, message: 'region' },
  { field: 'name', fails: (v) => !v.name.trim(), message: 'name' },
  { field: 'phone', fails: (v) => !v.phone.trim() && !v.email.trim(), message: 'contact' },
  { field: 'phone', fails: (v) => !!v.phone.trim() && !isPhone(v.phone), message: 'phoneFormat' },
  {
    field: 'phone',
    fails: (v) => !v.phone.trim() && (v.contact_method === 'phone' || v.contact_method === 'text'),
    message: 'phoneNeeded',
  },
  { field: 'email', fails: (v) => !!v.email.trim() && !isEmail(v.email), message: 'emailFormat' },
  {
    field: 'email',
    fails: (v) => !v.email.trim() && v.contact_method === 'email',
    message: 'emailNeeded',
  },
  { field: 'consent', fails: (v) => !v.consent, message: 'consent' },
];

/**
 * One field's error: a key of the form's own messages (so it is shown in the language of the
 * moment), or a server's own message, kept apart so a server text that happens to be a key
 * ("name") is still shown as the server wrote it.
 */
export type FieldError = ErrorKey | { text: string };

/** At most one error per field. */
export type Errors = Partial<Record<FieldName, FieldError>>;

/** The words for an error: the form's own message for a key, else the server's text. */
export const errorText = (messages: Record<ErrorKey, string>, error: FieldError): string =>
  typeof error === 'string' ? messages[error] : error.text;

/** Errors for the given steps' fields (0-based step indexes), at most one per field. */
export function validate(values: CheckValues, steps: readonly number[]): Errors {
  const fields = new Set(steps.flatMap((s) => STEPS[s] ?? []));
  const errors: Errors = {};
  for (const v of validators) {
    if (fields.has(v.field) && !errors[v.field] && v.fails(values)) errors[v.field] = v.message;
  }
  return errors;
}

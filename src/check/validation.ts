import type { check } from '../content/check-en.js';
import type { CheckValues, FieldName } from './values.js';

/** A message of the form's own, by its key in the words' `check.errors`. */
export type ErrorKey = keyof (typeof check)['errors'];

const digits = (s: string) => s.replace(/\D/g, '');
export const isPhone = (s: string) =>
  /^\+?[\d\s().\-–]+$/.test(s.trim()) && digits(s).length >= 7 && digits(s).length <= 15;
export const isEmail = (s: string) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s.trim());

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

/** Errors for the given fields, at most one per field, in the fields' order. */
export function validate(values: CheckValues, fields: readonly FieldName[]): Errors {
  const phone = values.phone.trim();
  const email = values.email.trim();
  const method = values.contact_method;
  // Each field's message, or false: a phone number or an email address is needed, and the
  // one the patient wants to be contacted by; what is given must look right.
  const found: Partial<Record<FieldName, ErrorKey | false>> = {
    region: !values.region && 'region',
    name: !values.name.trim() && 'name',
    phone: phone
      ? !isPhone(phone) && 'phoneFormat'
      : !email
        ? 'contact'
        : (method === 'phone' || method === 'text') && 'phoneNeeded',
    email: email ? !isEmail(email) && 'emailFormat' : method === 'email' && 'emailNeeded',
    consent: !values.consent && 'consent',
  };
  const errors: Errors = {};
  for (const field of fields) {
    const message = found[field];
    if (message) errors[field] = message;
  }
  return errors;
}

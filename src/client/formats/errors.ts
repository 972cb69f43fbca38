import type { ErrorKey, FieldError } from '../../check/validation.js';

/** The form's own messages (shown in the patient's language) for the fields that have them. */
const OWN: Record<string, [format: ErrorKey, required: ErrorKey]> = {
  region: ['region', 'region'],
  name: ['name', 'name'],
  phone: ['phoneFormat', 'phoneNeeded'],
  email: ['emailFormat', 'emailNeeded'],
  consent: ['consent', 'consent'],
};

/** A service's error on a payload key: the form's own message where it has one, else the service's text. */
export const ownError = (field: string, required: boolean, text: string): FieldError =>
  OWN[field]?.[required ? 1 : 0] ?? { text };

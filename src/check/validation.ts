import { check as words } from '../content/check-en.js';
import { STEPS, type CheckValues, type FieldName } from './values.js';

/** A validator is data: which field it speaks for, when it fails, and what to say. */
interface Validator {
  field: FieldName;
  fails: (v: CheckValues) => boolean;
  message: string;
}

const digits = (s: string) => s.replace(/\D/g, '');
export const isPhone = (s: string) =>
  /^\+?[\d\s().\-–]+$/.test(s.trim()) && digits(s).length >= 7 && digits(s).length <= 15;
export const isEmail = (s: string) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s.trim());

const e = words.errors;

/** In field order: the first failing validator of a field gives its message. */
const validators: readonly Validator[] = [
  { field: 'region', fails: (v) => !v.region, message: e.region },
  { field: 'name', fails: (v) => !v.name.trim(), message: e.name },
  { field: 'phone', fails: (v) => !v.phone.trim() && !v.email.trim(), message: e.contact },
  { field: 'phone', fails: (v) => !!v.phone.trim() && !isPhone(v.phone), message: e.phoneFormat },
  {
    field: 'phone',
    fails: (v) => !v.phone.trim() && (v.contact_method === 'phone' || v.contact_method === 'text'),
    message: e.phoneNeeded,
  },
  { field: 'email', fails: (v) => !!v.email.trim() && !isEmail(v.email), message: e.emailFormat },
  {
    field: 'email',
    fails: (v) => !v.email.trim() && v.contact_method === 'email',
    message: e.emailNeeded,
  },
  { field: 'consent', fails: (v) => !v.consent, message: e.consent },
];

export type Errors = Partial<Record<FieldName, string>>;

/** Errors for the given steps' fields (0-based step indexes), at most one per field. */
export function validate(values: CheckValues, steps: readonly number[]): Errors {
  const fields = new Set(steps.flatMap((s) => STEPS[s] ?? []));
  const errors: Errors = {};
  for (const v of validators) {
    if (fields.has(v.field) && !errors[v.field] && v.fails(values)) errors[v.field] = v.message;
  }
  return errors;
}

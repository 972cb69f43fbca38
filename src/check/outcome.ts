import type { FieldError } from '../client/errors.js';
import type { SubmitResult } from '../client/submit.js';
import type { ErrorKey, Errors, FieldError as FormError } from './validation.js';
import { stepOf } from './values.js';

type Failed = Extract<SubmitResult, { ok: false }>;

/** The failure messages, by their keys in the words' `check.failure`. */
export type FailureKey =
  | 'network'
  | 'offline'
  | 'timeout'
  | 'busy'
  | 'server'
  | 'rejected'
  | 'uncertain'
  | 'notConfigured';

/**
 * Which plain-words message tells the patient about a failed send. A server that cannot be
 * reached is the clinic's problem; only a browser that reports being offline points at the
 * patient's own connection. A 5xx saying `pnw_uncertain` (the WordPress relay, when the
 * clinic's webhook was slow or redirected) may well have delivered the answers: the patient
 * is told so, not invited to send them twice.
 */
export const failureKey = (
  { kind, response }: Pick<Failed, 'kind' | 'response'>,
  online = navigator.onLine,
): FailureKey =>
  kind === 'server' && (response as { code?: unknown } | null)?.code === 'pnw_uncertain'
    ? 'uncertain'
    : kind === 'rate-limited'
      ? 'busy'
      : kind === 'network' && !online
        ? 'offline'
        : kind;

/** The form's own messages (shown in the patient's language) for a field found invalid or missing. */
const OWN: Record<string, [invalid: ErrorKey, required: ErrorKey]> = {
  region: ['region', 'region'],
  name: ['name', 'name'],
  phone: ['phoneFormat', 'phoneNeeded'],
  email: ['emailFormat', 'emailNeeded'],
  consent: ['consent', 'consent'],
};

/** A service's error: the form's own message where it has one, else the service's text. */
const message = ({ field, kind, text }: FieldError): FormError =>
  (kind !== 'other' && OWN[field]?.[kind === 'required' ? 1 : 0]) || { text };

/**
 * A server's field errors: those on keys the form has show by their fields (and the form
 * goes to the first one's step). The rest (keys the form lacks, `#n` for none) are for the
 * developer: the patient cannot fix them, so they never see the server's text.
 */
export function sortFieldErrors(fieldErrors: readonly FieldError[]): {
  errors: Errors;
  unknown: FieldError[];
  step: number | null;
} {
  const known = fieldErrors.filter((e) => stepOf(e.field) >= 0);
  return {
    errors: Object.fromEntries(known.map((e) => [e.field, message(e)])),
    unknown: fieldErrors.filter((e) => stepOf(e.field) < 0),
    step: known.length ? stepOf(known[0]!.field) : null,
  };
}

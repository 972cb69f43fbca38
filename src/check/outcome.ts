import type { FieldErrors } from '../client/response.js';
import type { SubmitResult } from '../client/submit.js';
import type { Errors } from './validation.js';
import { stepOf } from './values.js';

type FailureKind = Extract<SubmitResult, { ok: false }>['kind'];

/** The failure messages, by their keys in the words' `check.failure`. */
export type FailureKey =
  'network' | 'offline' | 'timeout' | 'busy' | 'server' | 'rejected' | 'notConfigured';

/**
 * Which plain-words message tells the patient about a failed send. A server that cannot be
 * reached is the clinic's problem; only a browser that reports being offline points at the
 * patient's own connection.
 */
export const failureKey = (kind: FailureKind, online = navigator.onLine): FailureKey =>
  kind === 'rate-limited' ? 'busy' : kind === 'network' && !online ? 'offline' : kind;

/**
 * A server's field errors: those on keys the form has show by their fields (and the form
 * goes to the first one's step); the rest, always the server's text, are listed in the error
 * summary.
 */
export function sortFieldErrors(fieldErrors: FieldErrors): {
  errors: Errors;
  other: string[];
  step: number | null;
} {
  const entries = Object.entries(fieldErrors);
  const known = entries.filter(([f]) => stepOf(f) >= 0);
  return {
    errors: Object.fromEntries(known),
    other: entries.filter(([f]) => stepOf(f) < 0).map(([, m]) => (m as { text: string }).text),
    step: known.length ? stepOf(known[0]![0]) : null,
  };
}

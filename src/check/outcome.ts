import type { FieldErrors } from '../client/response.js';
import type { SubmitResult } from '../client/submit.js';
import { check as words } from '../content/check-en.js';
import type { Errors } from './validation.js';
import { stepOf } from './values.js';

type FailureKind = Extract<SubmitResult, { ok: false }>['kind'];

/** What to tell the patient about a failed send, in plain words. */
export function failureMessage(kind: FailureKind): string {
  const f = words.failure;
  return {
    network: f.network,
    timeout: f.timeout,
    'rate-limited': f.busy,
    server: f.server,
    rejected: f.rejected,
  }[kind];
}

/**
 * A server's field errors: those on keys the form has show by their fields (and the form
 * goes to the first one's step); the rest are listed in the error summary.
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
    other: entries.filter(([f]) => stepOf(f) < 0).map(([, m]) => m),
    step: known.length ? stepOf(known[0]![0]) : null,
  };
}

import type { SendTarget } from './config.js';
import { encode, type Payload } from './encode.js';
import type { FieldError } from './errors.js';
import { fieldErrorsFrom, readBody } from './response.js';

/** What one request needs: the endpoint, method, encoding and timeout (seconds) of a config. */
export type SubmitOptions = Pick<SendTarget, 'url' | 'method' | 'encoding' | 'timeout'>;

/** What happened to a submission, in terms the form can show. */
export type SubmitResult =
  | {
      ok: true;
      status: number;
      response: unknown;
      /** A format's reading of the answer: a thank-you message in plain text, and a page to open. */
      thanks?: string | undefined;
      next?: string | undefined;
    }
  | {
      ok: false;
      /** 0 for a network failure, a CORS refusal or a timeout. */
      status: number;
      kind: 'network' | 'timeout' | 'rate-limited' | 'server' | 'rejected';
      response: unknown;
      /** At most one per field, in the server's order. */
      fieldErrors: FieldError[];
      message: string;
    };

/**
 * Sends a payload to the configured endpoint and sorts the outcome. Never uses GET, never
 * sends cookies (`credentials: 'omit'`), never follows a redirect, never throws.
 */
export async function submit(
  payload: Payload | object,
  options: SubmitOptions,
): Promise<SubmitResult> {
  const { body, contentType } = encode(payload, options.encoding);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout * 1000);
  try {
    const response = await fetch(options.url, {
      method: options.method,
      headers: contentType
        ? { 'Content-Type': contentType, Accept: 'application/json' }
        : { Accept: 'application/json' },
      body,
      credentials: 'omit',
      cache: 'no-store',
      // A 3xx would re-send the answers to wherever it points, past the endpoint check.
      redirect: 'error',
      referrerPolicy: 'strict-origin-when-cross-origin',
      signal: controller.signal,
    });
    const parsed = await readBody(response);
    if (response.ok) return { ok: true, status: response.status, response: parsed };
    const status = response.status;
    const kind = status === 429 ? 'rate-limited' : status >= 500 ? 'server' : 'rejected';
    return {
      ok: false,
      status,
      kind,
      response: parsed,
      fieldErrors: status >= 400 && status < 500 ? fieldErrorsFrom(parsed) : [],
      message: `The server answered ${status}`,
    };
  } catch (error) {
    return {
      ok: false,
      status: 0,
      kind: timedOut ? 'timeout' : 'network',
      response: null,
      fieldErrors: [],
      message: timedOut
        ? `No answer within ${options.timeout} seconds`
        : `The request failed (network error, redirect, or refused by CORS): ${(error as Error).name}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

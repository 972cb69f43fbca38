import type { Payload } from '../client/encode.js';

/** Where the form stands: filling in, waiting for the server, done, or failed with values kept. */
export type CheckStatus = 'editing' | 'sending' | 'success' | 'failed';

/** `pinched-nerve-submit`: health data, never for analytics. */
export interface SubmitDetail {
  payload: Payload;
}
/** `pinched-nerve-success`: health data, never for analytics. */
export interface SuccessDetail {
  payload: Payload;
  status: number;
  response: unknown;
}
/** `pinched-nerve-error`: health data, never for analytics. */
export interface ErrorDetail {
  payload: Payload;
  status: number;
  message: string;
}
/** `pinched-nerve-step`: step numbers only, safe for analytics. */
export interface StepDetail {
  step: number;
  of: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pinched-nerve-submit': CustomEvent<SubmitDetail>;
    'pinched-nerve-success': CustomEvent<SuccessDetail>;
    'pinched-nerve-error': CustomEvent<ErrorDetail>;
    'pinched-nerve-step': CustomEvent<StepDetail>;
  }
}

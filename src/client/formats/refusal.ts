import type { ConfigNote } from '../config.js';

/** A format that will send nothing: why, and the one console error that says so. */
export const refusal = (error: string): { error: string; notes: ConfigNote[] } => ({
  error,
  notes: [{ level: 'error', text: `${error}. Nothing will be sent.` }],
});

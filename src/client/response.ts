import type { FieldError } from '../check/validation.js';

/**
 * Field errors a server returned, keyed by payload key: its own words, or (read by a format)
 * one of the form's own messages, shown in the patient's language.
 */
export type FieldErrors = Record<string, FieldError>;

/**
 * Reads `{"errors": {"email": "…"}}` or `{"errors": [{"field": "email", "message": "…"}]}`;
 * anything else, and blank messages, give no field errors.
 */
export function fieldErrorsFrom(body: unknown): FieldErrors {
  const errors = (body as { errors?: unknown } | null)?.errors;
  const out: FieldErrors = {};
  const add = (field: unknown, message: unknown) => {
    if (typeof field === 'string' && typeof message === 'string' && message.trim())
      out[field] = { text: message };
  };
  if (Array.isArray(errors)) {
    for (const e of errors) {
      const { field, message } = (e ?? {}) as { field?: unknown; message?: unknown };
      add(field, message);
    }
  } else if (errors && typeof errors === 'object') {
    for (const [field, message] of Object.entries(errors))
      add(field, Array.isArray(message) ? message[0] : message);
  }
  return out;
}

/** The body as JSON when it parses, else as text. */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A success message the server chose, from `{"message": "…"}`. */
export function messageFrom(body: unknown): string | undefined {
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.trim() ? message : undefined;
}

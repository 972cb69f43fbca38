import type { FieldError } from './errors.js';

/**
 * Reads `{"errors": {"email": "…"}}` or `{"errors": [{"field": "email", "message": "…"}]}` (an
 * entry without a field is keyed `#n`, its place in the list); anything else, and blank
 * messages, give no field errors. A server's own words: kind `other`.
 */
export function fieldErrorsFrom(body: unknown): FieldError[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  const out: FieldError[] = [];
  const add = (field: unknown, text: unknown) => {
    if (typeof field !== 'string' || typeof text !== 'string' || !text.trim()) return;
    // A field named twice keeps its place and its last message.
    const i = out.findIndex((e) => e.field === field);
    out.splice(i < 0 ? out.length : i, 1, { field, kind: 'other', text });
  };
  if (Array.isArray(errors)) {
    errors.forEach((e, i) => {
      const { field, message } = (e ?? {}) as { field?: unknown; message?: unknown };
      add(field ?? `#${i}`, message);
    });
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

import type { Payload } from '../encode.js';
import type { FormatOptions } from '../formats.js';

/** `field-names`: a payload key and the name a service knows it by, e.g. `{"phone":"mobilephone"}`. */
export type FieldNames = Record<string, string>;

/** Keys of every payload besides the form's fields and hidden fields. */
const PAYLOAD_KEYS = /^(consent(_automated)?_text|lang|page_url|submitted_at|utm_\w+)$/;

const told = new WeakMap<object, Set<string>>();

/** One console message per form and text: a form reads its format again when an attribute changes. */
export function tell(form: FormatOptions, level: 'warn' | 'error', text: string): void {
  const seen = told.get(form) ?? new Set();
  told.set(form, seen);
  if (!seen.has(text)) console[level](`<${form.localName}>: ${text}`);
  seen.add(text);
}

const json = (value: string | null | undefined): unknown => {
  try {
    return JSON.parse(value?.trim() || '{}');
  } catch {
    return undefined;
  }
};

/**
 * Reads `field-names`: the names, or an error (told in the console) when it is not a JSON
 * object of names. Keys that neither the payload (the form's fields, the hidden fields, the
 * fixed keys) nor the format (`extra`) has get a console warning.
 */
export function readFieldNames(
  form: FormatOptions,
  extra: string[] = [],
): { names: FieldNames; error?: string } {
  const value = form.fieldNames;
  const names = json(value);
  if (
    !names ||
    typeof names != 'object' ||
    Array.isArray(names) ||
    !Object.values(names).every((name) => name && typeof name == 'string')
  ) {
    const error = `refusing field-names="${value}": it is not a JSON object of names, like {"phone":"mobilephone"}`;
    tell(form, 'error', `${error}. Nothing will be sent.`);
    return { names: {}, error };
  }
  const unknown = Object.keys(names).filter(
    (key) =>
      !PAYLOAD_KEYS.test(key) &&
      !(key in form.values) &&
      !(
        key in
        Object(typeof form.hiddenFields == 'string' ? json(form.hiddenFields) : form.hiddenFields)
      ) &&
      !extra.includes(key),
  );
  if (unknown.length)
    tell(
      form,
      'warn',
      `field-names renames ${unknown.join(', ')}, which the payload does not have: nothing is sent under ${unknown.length > 1 ? 'those names' : 'that name'}.`,
    );
  return { names: names as FieldNames };
}

/** The name a service knows a payload key by. */
export const renamed = (key: string, names: FieldNames): string =>
  Object.prototype.hasOwnProperty.call(names, key) ? names[key]! : key;

/** The payload key a service's field name stands for (a field error's key). */
export const original = (name: string, names: FieldNames): string =>
  Object.keys(names).find((key) => names[key] === name) ?? name;

/** The payload with each key as the service knows it. */
export const rename = (payload: Payload, names: FieldNames): Payload =>
  Object.fromEntries(Object.entries(payload).map(([key, value]) => [renamed(key, names), value]));

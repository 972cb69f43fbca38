import type { ConfigNote, SendConfig } from '../config.js';
import type { Payload } from '../encode.js';
import { refusal } from './refusal.js';

/** `field-names`: a payload key and the name a service knows it by, e.g. `{"phone":"mobilephone"}`. */
export type FieldNames = Record<string, string>;

/** Keys of a payload besides the form's fields and hidden fields (map_roots: a linked map's). */
const PAYLOAD_KEYS = /^(consent(_automated)?_text|lang|map_roots|page_url|submitted_at|utm_\w+)$/;
const FIXED = ['consent_text', 'consent_automated_text', 'lang', 'page_url', 'submitted_at'];

const json = (value: string | null | undefined): unknown => {
  try {
    return JSON.parse(value?.trim() || '{}');
  } catch {
    return undefined;
  }
};

/**
 * Reads `field-names`: the names, or an error (with a note for the console) when it is not a
 * JSON object of names. Keys that neither the payload (the form's fields, the hidden fields,
 * the fixed keys) nor the format (`extra`) has get a warning note.
 */
export function readFieldNames(
  config: SendConfig,
  extra: string[] = [],
  /** Names the service keeps for itself (Formspree's `_gotcha`, `_subject`…). */
  reserved?: RegExp,
  /** Payload keys the format sends other than as a field of their own. */
  omitted: string[] = [],
): { names: FieldNames; error?: string; notes: ConfigNote[] } {
  const value = config.fieldNames;
  const names = json(value);
  if (
    !names ||
    typeof names != 'object' ||
    Array.isArray(names) ||
    !Object.values(names).every((name) => name && typeof name == 'string')
  ) {
    return {
      names: {},
      ...refusal(
        `refusing field-names="${value}": it is not a JSON object of names, like {"phone":"mobilephone"}`,
      ),
    };
  }
  // Two keys under one name would overwrite each other, and a reserved name is the service's:
  // either silently drops an answer (a phone number, the name), so nothing is sent at all.
  const sent = new Map<string, string>();
  let clash = '';
  for (const key of new Set([
    ...config.fields,
    ...Object.keys(config.hiddenFields),
    ...FIXED,
    ...extra,
    // Keys only some payloads have (campaign tags, map_roots), when renamed.
    ...Object.keys(names).filter((key) => PAYLOAD_KEYS.test(key)),
  ])) {
    if (omitted.includes(key)) continue;
    const name = renamed(key, names as FieldNames);
    const other = sent.get(name);
    if (other) clash ||= `${other} and ${key} would both be sent as "${name}"`;
    sent.set(name, key);
  }
  const taken = reserved && Object.values(names as FieldNames).find((name) => reserved.test(name));
  if (taken) clash ||= `"${taken}" is a name the service keeps for itself`;
  if (clash) return { names: {}, ...refusal(`refusing field-names="${value}": ${clash}`) };
  const unknown = Object.keys(names).filter(
    (key) =>
      !PAYLOAD_KEYS.test(key) &&
      !config.fields.includes(key) &&
      !(key in config.hiddenFields) &&
      !extra.includes(key),
  );
  const notes: ConfigNote[] = unknown.length
    ? [
        {
          level: 'warn',
          text: `field-names renames ${unknown.join(', ')}, which the payload does not have: nothing is sent under ${unknown.length > 1 ? 'those names' : 'that name'}.`,
        },
      ]
    : [];
  return { names: names as FieldNames, notes };
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

/** What reading an attribute needs of an element: a way to warn once about a bad value. */
export interface AttributeWarner {
  _warnAttribute(attribute: string, value: unknown, fallback: string): void;
}

/**
 * Reads an enumerated attribute: a known value is kept, anything else falls back to the
 * default with one warning. `null` (attribute absent) is the default, silently.
 */
export function pickEnum<T extends string>(
  el: AttributeWarner,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null) return fallback;
  const normalized = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  el._warnAttribute(attribute, value, `"${fallback}"`);
  return fallback;
}

/** A heading level from 1 to 6; anything else falls back to 2 with one warning. */
export function pickHeadingLevel(
  el: AttributeWarner,
  value: string | number | null | undefined,
): number {
  if (value == null || value === '') return 2;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= 6) return n;
  el._warnAttribute('heading-level', value, '2');
  return 2;
}

const KEYPAD = 'ABC2DEF3GHI4JKL5MNO6PQRS7TUV8WXYZ9';
// Matched on trimmed text, and starting at a word rather than at spaces: a leading \s* made a
// long run of spaces take quadratic time (50,000 spaces: seconds).
const EXTENSION = /(?:ext\.?|extension|x)\s*\d+$/i;

/**
 * `tel:` target for a displayed number: digits and a leading plus; the letters of a vanity
 * number become their keypad digits, and an extension ("ext. 12", "x12") and an international
 * number's "(0)" (+44 (0)20…), which is not dialled, are dropped.
 */
export function telHref(phone: string): string {
  const main = phone.trim().replace(EXTENSION, '').replace('(0)', '').toUpperCase();
  const dialled = main.replace(/[A-Z]/g, (ch) => KEYPAD.slice(KEYPAD.indexOf(ch)).match(/\d/)![0]);
  return `tel:${main.startsWith('+') ? '+' : ''}${dialled.replace(/\D/g, '')}`;
}

/**
 * The phone number to show: `null` attribute means the default, an empty one hides it
 * (returns ''). Digits, punctuation, a vanity number (1-800-FIX-BACK: letters only after the
 * digits, at most 12 dialled in all) and an extension are kept; anything else (words: "call
 * 555…", "(toll free)", "555-010-4477 MAIN") would dial the wrong number, so it falls back
 * with one warning.
 */
export function pickPhone(
  el: AttributeWarner,
  value: string | null | undefined,
  fallback: string,
): string {
  if (value == null) return fallback;
  const trimmed = String(value).trim();
  if (trimmed === '') return '';
  const main = trimmed.replace(EXTENSION, '');
  if (
    main.replace(/\D/g, '').length >= 3 &&
    /^\+?[\d\s().\-–]+(?:[A-Za-z][A-Za-z\d\s\-–]*)?$/.test(main) &&
    // Letters stand for digits: a vanity number dials 10 to 12 in all, not a number and a word.
    !(/[A-Za-z]/.test(main) && telHref(main).replace(/\D/g, '').length > 12)
  )
    return trimmed;
  el._warnAttribute('phone', value, `"${fallback}"`);
  return fallback;
}

/**
 * A link target an author may set: http(s), mailto:, tel:, relative paths and fragments.
 * Script URLs and other schemes are refused (returns null) with one warning.
 */
export function safeHref(
  el: AttributeWarner,
  attribute: string,
  value: string | null | undefined,
  fallbackDescription: string,
): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, document.baseURI);
    if (['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) return trimmed;
  } catch {
    // falls through to the warning
  }
  el._warnAttribute(attribute, value, fallbackDescription);
  return null;
}

/** A value to name in a warning: text as it is, anything else as JSON (or its type). */
const describe = (value: unknown): string => {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
  } catch {
    return typeof value;
  }
};

/**
 * What a property set from markup or a framework holds. React and Vue set properties, so a
 * value may be a number or a `URL` (used as its text), an array (for `type: Array`) or an
 * object (for `type: Object`); those two also take JSON text, as their attributes do. Anything
 * else, and JSON of the wrong shape, falls back to the default (null; [] for a list) with one
 * warning naming the attribute (for text) or the property.
 */
/** A JSON attribute's converter: hands accept() the text, so bad JSON is warned about, not lost. */
export const asText = { fromAttribute: (value: string | null) => value };

export function accept(
  el: AttributeWarner,
  name: string,
  attribute: string,
  type: unknown,
  value: unknown,
): unknown {
  const list = type === Array;
  const json = list || type === Object;
  let v = value;
  if (json && typeof v === 'string') {
    try {
      v = v.trim() ? JSON.parse(v) : null;
    } catch {
      v = NaN; // not JSON: refused below, as a number is
    }
  }
  if (v === null || v === undefined) return list ? [] : null;
  if (list ? isStringArray(v) : json ? isPlainObject(v) : typeof v === 'string') return v;
  // A number, or an object with text of its own (a URL, a router's location), but no list.
  const own = (v as { toString?: unknown } | null)?.toString;
  if (
    !json &&
    (typeof v === 'number' ||
      (typeof v === 'object' &&
        typeof own === 'function' &&
        own !== Object.prototype.toString &&
        !Array.isArray(v)))
  )
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- its own toString, checked above
    return String(v);
  el._warnAttribute(typeof value === 'string' ? attribute : name, describe(value), 'the default');
  return list ? [] : null;
}

export const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((item) => typeof item === 'string');

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

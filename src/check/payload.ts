import type { Payload, PayloadValue } from '../client/encode.js';
import { visibleSymptoms, type CheckValues, type SymptomLists } from './values.js';

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

/**
 * The payload: the clinic's hidden fields first (so they can never overwrite what the
 * patient entered), then every control by its name, then the consent record (both boxes'
 * answers and words; with one box, its answer and words stand for both) and the page's campaign
 * tags. `page_url` drops the query string and fragment.
 */
export function buildPayload(
  values: CheckValues,
  context: {
    hiddenFields?: Record<string, PayloadValue>;
    consentText: string;
    /** The automated calls and texts box's words; none with `consent="single"`. */
    automatedText?: string;
    /** The language of the words the patient read, so the clinic can answer in it. */
    lang: string;
    /** The symptom lists shown, in that language. */
    lists: SymptomLists;
    location: Location;
    now?: Date;
  },
): Payload {
  const { location } = context;
  const params = new URLSearchParams(location.search);
  const utm: Payload = {};
  for (const key of UTM_KEYS) {
    const value = params.get(key);
    if (value) utm[key] = value;
  }
  // Every value in the form's order (emptyValues() sets it, and updates keep it), some
  // trimmed, filtered or copied.
  return {
    ...context.hiddenFields,
    ...values,
    symptoms: visibleSymptoms(values, context.lists),
    treatments: [...values.treatments],
    name: values.name.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    consent_automated: context.automatedText == null ? values.consent : values.consent_automated,
    consent_text: context.consentText,
    consent_automated_text: context.automatedText ?? context.consentText,
    lang: context.lang,
    page_url: `${location.origin}${location.pathname}`,
    submitted_at: (context.now ?? new Date()).toISOString(),
    ...utm,
  };
}

/** Hidden fields keep only flat values (strings, numbers, booleans, string arrays). */
export function flatFields(obj: Record<string, unknown>): Record<string, PayloadValue> {
  const out: Record<string, PayloadValue> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) out[key] = value as PayloadValue;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = value;
  }
  return out;
}

import type { Messages } from '../content/types.js';

/** The symptom lists of one language. */
export type SymptomLists = Messages['symptoms'];

/**
 * The ticked symptoms in another language's lists (the page changed `lang`, or a translation
 * arrived): each keeps its place in its region's list.
 */
export const translateSymptoms = (
  ticked: readonly string[],
  from: SymptomLists,
  to: SymptomLists,
  /** Ticks to leave as written: a page's own items, whatever their wording. */
  keep: readonly string[] = [],
): string[] =>
  ticked.map((s) => {
    if (keep.includes(s)) return s;
    for (const region of ['cervical', 'lumbar'] as const) {
      const i = from[region].indexOf(s);
      if (i >= 0) return to[region][i] ?? s;
    }
    return s;
  });

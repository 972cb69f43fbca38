import type {
  ContactMethod,
  Duration,
  MriAnswer,
  Region,
  RegionChoice,
  Treatment,
} from '../content/types.js';

import type { SymptomLists } from '../i18n/symptoms.js';

export type { SymptomLists } from '../i18n/symptoms.js';

/** Everything the patient can enter; held by the element, so nothing is lost between steps. */
export interface CheckValues {
  region: RegionChoice | '';
  symptoms: string[];
  duration: Duration | '';
  treatments: Treatment[];
  mri: MriAnswer | '';
  name: string;
  phone: string;
  email: string;
  contact_method: ContactMethod | '';
  consent: boolean;
  /** What the patient pointed at on a linked `<pinched-nerve-map>` (the roots looked at), not a finding. */
  map_roots?: string[];
}

export type FieldName = keyof CheckValues;

export const emptyValues = (): CheckValues => ({
  region: '',
  symptoms: [],
  duration: '',
  treatments: [],
  mri: '',
  name: '',
  phone: '',
  email: '',
  contact_method: '',
  consent: false,
});

/** The fields of each step, in the order they appear (and their errors are listed). */
export const STEPS: readonly (readonly FieldName[])[] = [
  ['region', 'symptoms'],
  ['duration', 'treatments', 'mri'],
  ['name', 'phone', 'email', 'contact_method', 'consent'],
];

export const stepOf = (field: string): number =>
  STEPS.findIndex((fields) => fields.includes(field as FieldName));

/** The regions whose symptom lists a region choice shows. */
export const regionsFor = (region: RegionChoice | ''): Region[] =>
  region === 'both' ? ['cervical', 'lumbar'] : region ? [region] : [];

/** The ticked symptoms that belong to the lists now shown (others stay in memory, unsent). */
export const visibleSymptoms = (values: CheckValues, lists: SymptomLists): string[] => {
  const shown = regionsFor(values.region).flatMap((r) => lists[r]);
  return values.symptoms.filter((s) => shown.includes(s));
};

/**
 * Merges a selection made elsewhere on the page (the card, a selectable list) into the
 * values without undoing the patient's own answer: a region is set only when none is chosen,
 * and widened to both only when symptoms of the other region are ticked. Ticks replace that
 * region's symptoms; given what the sender had ticked before (`was`), only its change is
 * applied, so a tick or untick made on the form since is kept.
 */
export function mergePreselection(
  values: CheckValues,
  region: RegionChoice | undefined,
  ticked: readonly string[] | undefined,
  lists: SymptomLists,
  was?: readonly string[],
): CheckValues {
  const next = { ...values };
  if (region) {
    if (!next.region) next.region = region;
    else if (next.region !== region && next.region !== 'both' && ticked?.length)
      next.region = 'both';
  }
  if (ticked && region && region !== 'both') {
    const list = lists[region];
    const kept = next.symptoms.filter((s) => !list.includes(s));
    const wanted = was
      ? [
          ...next.symptoms.filter((s) => ticked.includes(s) || !was.includes(s)),
          ...ticked.filter((s) => !was.includes(s)),
        ]
      : ticked;
    next.symptoms = [...kept, ...list.filter((s) => wanted.includes(s))];
  }
  return next;
}

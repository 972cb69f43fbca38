import type { card } from './card-en.js';
import type { check } from './check-en.js';
import type { emergency } from './emergency-en.js';
import type { map } from './map-en.js';

/** The article's phone number: a default only, every clinic sets its own `phone`. */
export const DEFAULT_PHONE = '1-866-850-6139';

/**
 * Cervical symptoms: the source article left this list empty, so it is written from
 * shared/content/clinical-notes.md in the article's one-short-line style.
 */
const cervicalSymptoms = [
  'Sharp or burning pain that spreads from the neck into the shoulder, arm or hand, usually in one arm',
  'Pain in the shoulder blade or upper back',
  'Numbness or “pins and needles” in the arm, hand or fingers, usually in one arm',
  'Weakness in one arm or hand, like trouble gripping, lifting or writing',
  'Pain that gets worse when you turn or tilt your head, or look up',
  'Neck pain or stiffness, usually milder than the arm pain',
] as const;

/**
 * Lumbar symptoms: the article's own four, worded for one leg, since weakness or numbness in
 * both legs is a warning sign (check-en.ts).
 */
const lumbarSymptoms = [
  'Shooting pain that travels down one leg and into the foot and toes',
  'Muscle weakness or numbness in one leg',
  'Muscle spasms',
  'Tingling',
] as const;

/** Default symptom lists, shared by the card, the stand-alone lists and the form. */
export const symptoms = {
  cervical: cervicalSymptoms,
  lumbar: lumbarSymptoms,
};

/** Short names for each region: a selectable list's label, the form's symptom groups. */
export const regions = {
  cervical: 'Neck and arms',
  lumbar: 'Lower back and legs',
};

/** Every default word of every element, in English: the shape other languages translate. */
export type English = {
  card: typeof card;
  symptoms: typeof symptoms;
  regions: typeof regions;
  check: typeof check;
  emergency: typeof emergency;
  map: typeof map;
};

/**
 * The English words loaded so far, the table other languages fall back to key by key: the
 * words all elements share, and each element's own (`card`, `check`, and the `emergency` signs
 * the form and the map show), added by its module as it loads (`addWords`), so a page that shows one element downloads only its words.
 */
export const en = { symptoms, regions } as English;

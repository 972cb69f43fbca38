import { check } from './check-en.js';

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

/** The comparison card's words (its symptom lists are `symptoms`). */
export const card = {
  heading: 'A Pinched Nerve Root in the Neck vs. the Lower Back',
  intro: [
    'Nerve roots branch off the spinal cord and leave the spine through narrow openings between the bones.',
    'A bulging or herniated disc, a bone that slipped out of place, or another change in the spine can narrow these openings. Then a nerve root gets pinched.',
    'Where you feel the symptoms depends on whether the pinched nerve root is in your neck or your lower back.',
  ],
  cervical: {
    heading: 'Pinched nerve root in the neck (cervical)',
    intro: 'A pinched nerve root in the neck can cause some or all of these symptoms:',
  },
  lumbar: {
    heading: 'Pinched nerve root in the lower back (lumbar)',
    intro: 'A pinched nerve root in the lower back can cause:',
  },
  treatmentHeading: 'Treatment usually starts without surgery',
  treatment:
    'Doctors usually start with care that is not surgery. This can be pain medicine like ibuprofen from the store, pain medicine from a doctor, physical therapy and changes to daily habits. For most people, several weeks or months of this care eases the symptoms. Only a small number of people do not get better. They may be asked to consider surgery.',
  ctaText: 'Find out if you can have a less invasive option than open neck or back surgery.',
  ctaLabel: 'Am I a candidate?',
  callPrefix: 'or call',
  attributionPrefix: 'Based on information supplied by',
  attribution: 'The Spinal Columns Network',
};

/** Short names for each region: a selectable list's label, the form's symptom groups. */
export const regions = {
  cervical: 'Neck and arms',
  lumbar: 'Lower back and legs',
};

/**
 * Every default word of every element, in English: the table other languages translate, and
 * the one they fall back to key by key. Its shape is the `Messages` type.
 */
export const en = { card, symptoms, regions, check };

import { check } from './check-en.js';

/** The article's phone number: a default only, every clinic sets its own `phone`. */
export const DEFAULT_PHONE = '1-866-850-6139';

/**
 * Cervical symptoms: the source article left this list empty, so it is written from
 * shared/content/clinical-notes.md in the article's one-short-line style.
 */
const cervicalSymptoms = [
  'Pain that spreads from the neck into the shoulder, arm or hand, often sharp or burning',
  'Pain in the shoulder blade, upper back or chest',
  'Numbness or “pins and needles” in the arm, hand or fingers',
  'Weakness in the arm or hand, such as trouble gripping, lifting or writing',
  'Pain that gets worse when you turn or tilt your head, or look up',
  'Neck pain or stiffness',
  'Symptoms usually on one side of the body',
] as const;

/** Lumbar symptoms: the article's own list. */
const lumbarSymptoms = [
  'Shooting pain that travels down the legs and into the feet and toes',
  'Leg muscle weakness and numbness',
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
    'A bulging or herniated disc, a bone that has slipped out of place, or another change in the spine can narrow these openings and pinch a nerve root.',
    'Where you feel the symptoms depends on whether the pinched nerve root is in your neck or your lower back.',
  ],
  cervical: {
    heading: 'Cervical (neck) nerve root compression',
    intro: 'A pinched nerve root in the neck can cause some or all of these symptoms:',
  },
  lumbar: {
    heading: 'Lumbar (lower back) nerve root compression',
    intro: 'A pinched nerve root in the lower back can cause:',
  },
  treatmentHeading: 'Treatment usually starts without surgery',
  treatment:
    'Doctors usually start with conservative treatment: anti-inflammatory medicine (NSAIDs), prescription pain medicine, physical therapy and changes to daily habits. For most people, several weeks or months of this care eases the symptoms. Only a small percentage of people do not get better and are asked to consider surgery.',
  ctaText:
    'Find out if you’re a candidate for a minimally invasive alternative to open neck or back surgery.',
  ctaLabel: 'Am I a candidate?',
  callPrefix: 'or call',
  attributionPrefix: 'Information supplied by',
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

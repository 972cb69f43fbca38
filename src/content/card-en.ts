/** The comparison card's words (its symptom lists are `symptoms`, in en.ts). */
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

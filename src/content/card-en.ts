/** The comparison card's words (its symptom lists are `symptoms`, in en.ts). */
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

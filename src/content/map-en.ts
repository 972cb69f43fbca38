/**
 * Each nerve root the map shows, in plain words from shared/content/nerve-roots.md: `place` is
 * the short answer to "where do you feel it?", `felt` where it is typically felt, `weak` what
 * may weaken (and the reflex that may be reduced).
 */
const roots = {
  C5: {
    place: 'Top of the shoulder and outer upper arm',
    felt: 'The top of the shoulder and the outer side of the upper arm.',
    weak: 'Lifting the arm out to the side, and bending the elbow. The biceps reflex may be weaker.',
  },
  C6: {
    place: 'Thumb and index finger',
    felt: 'The outer side of the forearm, into the thumb and index finger.',
    weak: 'Bending the elbow, and bending the wrist back. The forearm reflex may be weaker.',
  },
  C7: {
    place: 'The middle finger',
    felt: 'The back of the arm and forearm, into the middle finger.',
    weak: 'Making the elbow and fingers straight, and bending the wrist forward. The triceps reflex may be weaker.',
  },
  C8: {
    place: 'Ring finger and little finger',
    felt: 'The inner side of the forearm, into the ring finger and little finger.',
    weak: 'Gripping, and bending the fingers.',
  },
  L3: {
    place: 'Front of the thigh, down to the knee',
    felt: 'The front of the thigh, down to the knee.',
    weak: 'Lifting the thigh, and straightening the knee. The knee reflex may be weaker.',
  },
  L4: {
    place: 'Inner shin and inner ankle',
    felt: 'The front of the thigh, then the inner side of the shin down to the inner ankle.',
    weak: 'Straightening the knee, and lifting the foot. The knee reflex may be weaker.',
  },
  L5: {
    place: 'Top of the foot and big toe',
    felt: 'The outer side of the shin, the top of the foot and the big toe.',
    weak: 'Lifting the big toe and the foot (the foot may drag, called foot drop), and moving the leg out to the side.',
  },
  S1: {
    place: 'Heel, sole and little toe',
    felt: 'The back of the calf, the heel, and the outer edge and sole of the foot, to the little toe.',
    weak: 'Rising up onto your toes. The ankle reflex may be weaker.',
  },
};

/**
 * A common look-alike of a root, where one exists: another nerve, pinched in the arm or leg,
 * that is felt in the same place (the textbook pattern holds in about two cases in three).
 */
const alike = {
  C6: 'Carpal tunnel syndrome, a nerve pinched at the wrist. It can also make the thumb side of the hand numb.',
  C7: 'Carpal tunnel syndrome, a nerve pinched at the wrist. It can also make the middle finger numb.',
  C8: 'The ulnar nerve, pinched at the elbow (the “funny bone”). It can also make the ring and little fingers numb.',
  L5: 'The peroneal nerve, pinched near the outer side of the knee. It can also make the top of the foot numb and the foot drag.',
};

/**
 * The nerve-root map's words (its call to action and phone line are the card's, its emergency
 * signs the form's).
 */
export const map = {
  heading: 'Which nerve root could it be?',
  intro:
    'A pinched nerve root in the neck is often felt in the arm, and one in the lower back in the leg. Pick a nerve root, or pick where you feel pain, numbness or tingling, to see where that root is usually felt.',
  note: 'Areas overlap, and they vary from person to person. This is not a diagnosis.',
  side: 'The picture shows it on one side, and dashed on the other. A pinched nerve can affect either side, but most often only one.',
  rootLegend: 'Pick a nerve root',
  placeLegend: 'Or pick where you feel it',
  pick: 'Pick a nerve root or a place to see more.',
  rootHeading: 'The {root} nerve root',
  felt: 'Where it is usually felt',
  weak: 'What may get weak',
  also: 'It could also be',
  first: 'What usually comes first',
  care: 'Most people start with care that is not surgery. This means rest from what makes it worse, medicine for pain and swelling, physical therapy and time. For most, this helps in a few weeks or months.',
  /** For the arm roots: heart attack pain can run the same way, down the arm (C8 most of all). */
  heart:
    'Pain in the arm, jaw, neck or upper back with chest pressure, shortness of breath, sweating or nausea can be a heart attack. Call 911.',
  /** Above the emergency signs (emergency-en.ts), the same list as the form's. */
  emergency: 'Call 911 or go to the nearest emergency room if you have:',
  front: 'Front',
  back: 'Back',
  roots,
  alike,
};

/**
 * The emergency signs, in one list that every widget showing them reads (the form's warning,
 * the map's), so no widget carries a weaker list than another. From
 * shared/content/clinical-notes.md; each sign that means a call to 911 says so.
 */
export const emergency = {
  signs: [
    'Numbness where you sit: around your genitals, buttocks or inner thighs',
    'New trouble peeing, or leaking pee or poop without meaning to',
    'Weakness or numbness in both legs or both arms, or weakness that keeps getting worse',
    'New trouble walking or keeping your balance, clumsy hands, or dropping things',
    'Chest pain or pressure (call 911)',
    'Sudden weakness or numbness of the face, arm or leg on one side, or trouble speaking (call 911)',
  ],
};

/**
 * The elements, each with its folder in src/ (its files' name in dist/: card.js, card.iife.js)
 * and the sections of the built-in translations it shows, in the order of its file of words
 * (src/content/locales/es.json is split into locales/es/card.json and so on). Adding an element
 * is one line here, and its file of words in src/content/load.ts.
 */
export const ELEMENTS = {
  card: ['card', 'symptoms'],
  symptoms: ['symptoms', 'regions'],
  check: ['check', 'emergency', 'symptoms', 'regions'],
  map: ['map', 'card', 'emergency', 'regions'],
};

/** The tag of each element: `pinched-nerve-card` and so on. */
export const TAGS = Object.keys(ELEMENTS).map((element) => `pinched-nerve-${element}`);

/**
 * The form's `format` values, each a file of src/client/formats/ built to dist/formats/ and
 * loaded on demand (src/check/pinched-nerve-check.component.ts names them once more, as the
 * sources cannot import this file).
 */
export const FORMATS = ['plain', 'hubspot', 'formspree'];

/** One element's part of a whole translation table. */
export const wordsOf = (element, words) =>
  JSON.stringify(Object.fromEntries(ELEMENTS[element].map((s) => [s, words[s]])));

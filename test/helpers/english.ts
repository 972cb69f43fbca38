import { card } from '../../src/content/card-en.js';
import { check } from '../../src/content/check-en.js';
import { en as shared, type English } from '../../src/content/en.js';
import { map } from '../../src/content/map-en.js';

/**
 * Every element's English words as the source writes them, the text the tests expect. The
 * source's own `en` holds only the shared words until an element's module adds its own, and the
 * tests load the built files, which carry theirs inside.
 */
export const en: English = { ...shared, card, check, map };

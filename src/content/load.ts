import type { Translation } from './types.js';

/**
 * The built-in translations that are not in the bundle: for each language, one JSON file per
 * element beside the bundle (`locales/es/card.json`), holding that element's words and the
 * symptom lists it shows. Each is fetched the first time its element is shown in that
 * language, so a page with only a card never downloads the form's words, and English pages
 * download none. Each URL is written out whole so that bundlers (Vite, webpack) find and copy
 * the file. Under a Content-Security-Policy, `connect-src` must allow the bundle's own origin.
 */
const files = new Map<string, Record<string, () => URL>>([
  [
    'es',
    {
      card: () => new URL('./locales/es/card.json', import.meta.url),
      symptoms: () => new URL('./locales/es/symptoms.json', import.meta.url),
      check: () => new URL('./locales/es/check.json', import.meta.url),
      map: () => new URL('./locales/es/map.json', import.meta.url),
    },
  ],
]);

/** A Map, so a `lang` such as "constructor" or "__proto__" finds nothing built in. */
export const builtIn = (lang: string): boolean => files.has(lang);

/** Fetches one element's words in a built-in language; rejects when they cannot be had. */
export async function fetchTranslation(lang: string, part: string): Promise<Translation> {
  const url = files.get(lang)![part]!();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Translation;
}

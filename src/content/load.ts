import type { Translation } from './types.js';

/**
 * The built-in translations that are not in the bundle: for each language, one JSON file per
 * element beside the bundle (`locales/es/card.json`), holding that element's words and the
 * symptom lists it shows. Each is fetched the first time its element is shown in that
 * language, so a page with only a card never downloads the form's words, and English pages
 * download none. Each URL is written out whole so that bundlers (Vite, webpack) find and copy
 * the file, and marked `?no-inline` so that Vite emits it as a file even under its 4 kB inline
 * limit: a data: URL is refused by `connect-src 'self'`, which a self-hosted file passes.
 */
const files = new Map<string, Record<string, () => URL>>([
  [
    'es',
    {
      card: () => new URL('./locales/es/card.json?no-inline', import.meta.url),
      symptoms: () => new URL('./locales/es/symptoms.json?no-inline', import.meta.url),
      check: () => new URL('./locales/es/check.json?no-inline', import.meta.url),
      map: () => new URL('./locales/es/map.json?no-inline', import.meta.url),
    },
  ],
]);

/** A Map, so a `lang` such as "constructor" or "__proto__" finds nothing built in. */
export const builtIn = (lang: string): boolean => files.has(lang);

/** Fetches one element's words in a built-in language; rejects when they cannot be had. */
export async function fetchTranslation(lang: string, part: string): Promise<Translation> {
  const url = files.get(lang)![part]!();
  // The query only tells Vite to copy the file rather than inline it as a data: URL (which
  // `connect-src 'self'` blocks); without it the request matches a page's <link rel=preload>.
  url.search = '';
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Translation;
}

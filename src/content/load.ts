import type { Translation } from './types.js';

/**
 * The built-in translations that are not in the bundle, each a JSON file beside it
 * (`locales/es.json`), fetched the first time a widget is shown in that language. English
 * pages never download them. Under a Content-Security-Policy, `connect-src` must allow the
 * bundle's own origin.
 */
const files = new Map([['es', () => new URL('./locales/es.json', import.meta.url)]]);

/** A Map, so a `lang` such as "constructor" or "__proto__" finds nothing built in. */
export const builtIn = (lang: string): boolean => files.has(lang);

/** Fetches one built-in translation; rejects when it cannot be had. */
export async function fetchTranslation(lang: string): Promise<Translation> {
  const url = files.get(lang)!();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Translation;
}

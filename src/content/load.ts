import type { Translation } from './types.js';

/**
 * The built-in translations that are not in the bundle, each a JSON file beside it
 * (`locales/es.json`), fetched the first time a widget is shown in that language. English
 * pages never download them. Under a Content-Security-Policy, `connect-src` must allow the
 * bundle's own origin.
 */
const files: Record<string, () => URL> = {
  es: () => new URL('./locales/es.json', import.meta.url),
};

export const builtIn = (lang: string): boolean => lang in files;

/** Fetches one built-in translation; rejects when it cannot be had. */
export async function fetchTranslation(lang: string): Promise<Translation> {
  const url = files[lang]!();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Translation;
}

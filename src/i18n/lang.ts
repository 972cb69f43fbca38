/**
 * The language an element is shown in: its own `lang`, else its nearest ancestor's, looking
 * through shadow roots to their hosts (so `<html lang="es">` is enough). Empty when none says.
 */
export function langOf(el: Element): string {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang != null) return lang.trim().toLowerCase();
  }
  return '';
}

/** A tag's language without its region: "es-mx" gives "es". */
export const primaryOf = (lang: string): string => lang.split('-')[0]!;

/** The tags to look for, most specific first: "es-mx" gives ["es-mx", "es"]. */
export const candidates = (lang: string): string[] => {
  const primary = primaryOf(lang);
  return primary === lang ? [lang] : [lang, primary];
};

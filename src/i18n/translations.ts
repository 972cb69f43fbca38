import { en } from '../content/en.js';
import { builtIn, fetchTranslation } from '../content/load.js';
import type { Messages, Translation } from '../content/types.js';
import { isPlainObject as isTable, isStringArray } from '../shared/attributes.js';
import { candidates, langOf, primaryOf } from './lang.js';

type Table = Record<string, unknown>;

/** The words of one element, and the language they are in (for its `lang` attribute). */
export interface Localized {
  lang: string;
  t: Messages;
  /** The language the page gives the element (its own or an ancestor's `lang`), or "". */
  asked: string;
}

/** Anything that redraws when its words may have changed. */
export interface Redraws extends Element {
  requestUpdate(): void;
}

/**
 * The page's one registry of words, kept on a global so that a second copy of the widgets on
 * the page (the module and the classic bundle, from a plugin and a theme) shares the first
 * one's: `registerTranslation()` through either copy reaches every widget.
 */
const [added, fetched, changes, warned, live] = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('pinched-nerve-widgets.translations')
] ??= [new Map(), new Map(), { n: 0 }, new Set(), new Set()]) as [
  Map<string, Translation[]>,
  Map<string, Translation | null>,
  { n: number },
  Set<string>,
  Set<Redraws>,
];

/**
 * This copy's merged tables. Each copy merges over its own English (only the elements it
 * carries), so the cache is its own; a change through any copy counts in `changes`, which
 * empties every copy's cache.
 */
const merged = new Map<string, Messages>();
let mergedAt = 0;

/**
 * Lays `over` on `base` key by key. Only keys English has, with the same kind of value, are
 * taken; a list is replaced whole. Anything else is named in `bad`.
 */
function lay(base: Table, over: unknown, bad: string[], path = ''): Table {
  if (!isTable(over)) return base;
  const out: Table = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const was = base[key];
    const at = path + key;
    if (isTable(was))
      out[key] = isTable(value) ? lay(was, value, bad, `${at}.`) : bad.push(at) && was;
    else if (
      typeof was === 'string'
        ? typeof value === 'string'
        : Array.isArray(was) && isStringArray(value) && value.length > 0
    )
      out[key] = value;
    else bad.push(at);
  }
  return out;
}

/** The sections an element adds when its module loads; the others are in `en` from the start. */
const LATER = ['card', 'check', 'map', 'emergency'];

/**
 * Warns about the keys of `translation` that English does not have, or has as another kind:
 * those of every section loaded so far, or only of the sections in `only`. A section still to
 * load is checked when it does.
 */
function checkKeys(lang: string, translation: Translation, only?: object): void {
  const bad: string[] = [];
  lay(en, translation, bad);
  const shown = bad.filter((at) => {
    const section = at.split('.')[0]!;
    return only ? section in only : section in en || !LATER.includes(section);
  });
  if (shown.length)
    console.warn(
      `registerTranslation("${lang}"): ignoring unknown or mistyped keys: ${shown.join(', ')}.`,
    );
}

/**
 * Adds an element's English words as its module loads, and checks the words the page has
 * already registered for that element.
 */
export function addWords(words: Partial<Messages>): void {
  Object.assign(en, words);
  merged.clear();
  added.forEach((list, code) => list.forEach((t) => checkKeys(code, t, words)));
}

const redrawLive = () => live.forEach((el) => el.requestUpdate());

/** After a table changed: merge again, and redraw every widget on the page. */
function redrawAll(): void {
  changes.n++;
  redrawLive();
}

/**
 * Adds words for a language, or replaces some of the built-in ones: `registerTranslation("fr",
 * {...})` for a new language, `registerTranslation("en", { check: { submit: "Send" } })` to
 * change one label. Keys left out fall back to English. Widgets already on the page redraw.
 */
export function registerTranslation(lang: string, translation: Translation): void {
  const code = lang.trim().toLowerCase();
  checkKeys(lang, translation);
  added.set(code, [...(added.get(code) ?? []), translation]);
  redrawAll();
}

/** Stands for a built-in table that could not be fetched: the page's own words still count. */
const FAILED: Translation = {};

/**
 * The words for a language: English with the page's changes; under a regional tag, its
 * language's words first (`es-mx` on `es`); then the built-in table; then the page's changes.
 */
function messages(code: string): Messages {
  if (mergedAt !== changes.n) {
    merged.clear();
    mergedAt = changes.n;
  }
  let table = merged.get(code);
  if (!table) {
    const primary = primaryOf(code);
    const under = code === 'en' ? en : messages(primary === code ? 'en' : primary);
    // Each element's built-in words that have arrived (they agree on the lists they share).
    const own = [...fetched].map(([key, t]) => key.startsWith(`${code}/`) && t);
    table = [...own, ...(added.get(code) ?? [])].reduce<Table>(
      (t, layer) => lay(t, layer, []),
      under,
    ) as Messages;
    merged.set(code, table);
  }
  return table;
}

function fetchOnce(code: string, part: string, from: Element): void {
  const key = `${code}/${part}`;
  if (fetched.has(key)) return;
  fetched.set(key, null);
  void fetchTranslation(code, part).then(
    (table) => {
      fetched.set(key, table);
      redrawAll();
    },
    (error: unknown) => {
      fetched.set(key, FAILED);
      redrawAll();
      console.warn(
        `<${from.localName}>: could not load the "${code}" words (${String(error)}); showing the words the page registered for "${code}", else English.`,
      );
    },
  );
}

/** Runs `report` once the page's own scripts have had their turn to register a language. */
const afterPageScripts = (report: () => void) =>
  document.readyState === 'loading'
    ? document.addEventListener('DOMContentLoaded', () => setTimeout(report), { once: true })
    : setTimeout(report);

/**
 * The words for an element, in its language; `part` names its file of built-in words. A built-in language not yet fetched shows
 * English until it arrives; an unknown one shows English, with one warning per page.
 */
export function localize(el: Element, part: string): Localized {
  const asked = langOf(el);
  for (const code of candidates(asked)) {
    if (code === 'en' || code === '') break;
    const primary = primaryOf(code);
    if (!builtIn(primary) && !added.has(code)) continue;
    if (builtIn(primary)) {
      fetchOnce(primary, part, el);
      const table = fetched.get(`${primary}/${part}`);
      // Still on its way, or lost, with no words of the page's own for it: English meanwhile.
      if ((!table || table === FAILED) && !added.has(code) && !added.has(primary)) break;
      if (code !== primary && !added.has(code)) continue;
    }
    return { lang: code, t: messages(code), asked };
  }
  if (asked && primaryOf(asked) !== 'en' && !warned.has(asked)) {
    warned.add(asked);
    afterPageScripts(() => {
      if (candidates(asked).some((code) => added.has(code) || builtIn(code))) return;
      console.warn(
        `<${el.localName}>: no words for lang="${asked}"; showing English. Add them with registerTranslation("${primaryOf(asked)}", {...}).`,
      );
    });
  }
  return { lang: 'en', t: messages('en'), asked };
}

let watching = false;

/** Redraws `el` when its words may change: a translation arrives, or a `lang` changes. */
export function follow(el: Redraws): void {
  live.add(el);
  if (watching) return;
  watching = true;
  new MutationObserver(redrawLive).observe(document, { subtree: true, attributeFilter: ['lang'] });
}

export function unfollow(el: Redraws): void {
  live.delete(el);
}

/** Fills `{name}` marks: `fill("Step {step} of {of}", { step: 2, of: 3 })`. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (mark, name: string) => String(values[name] ?? mark));

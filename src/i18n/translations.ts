import { en } from '../content/en.js';
import { builtIn, fetchTranslation } from '../content/load.js';
import type { Messages, Translation } from '../content/types.js';
import { isPlainObject as isTable, isStringArray } from '../shared/attributes.js';
import { candidates, langOf } from './lang.js';

type Table = Record<string, unknown>;

/** The words of one element, and the language they are in (for its `lang` attribute). */
export interface Localized {
  lang: string;
  t: Messages;
}

/** Anything that redraws when its words may have changed. */
export interface Redraws extends Element {
  requestUpdate(): void;
}

const added = new Map<string, Translation[]>();
const fetched = new Map<string, Translation | null>();
const merged = new Map<string, Messages>();
const warned = new Set<string>();
const live = new Set<Redraws>();

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

function redrawAll(): void {
  merged.clear();
  for (const el of live) el.requestUpdate();
}

/**
 * Adds words for a language, or replaces some of the built-in ones: `registerTranslation("fr",
 * {...})` for a new language, `registerTranslation("en", { check: { submit: "Send" } })` to
 * change one label. Keys left out fall back to English. Widgets already on the page redraw.
 */
export function registerTranslation(lang: string, translation: Translation): void {
  const code = lang.trim().toLowerCase();
  const bad: string[] = [];
  lay(en, translation, bad);
  if (bad.length)
    console.warn(
      `registerTranslation("${lang}"): ignoring unknown or mistyped keys: ${bad.join(', ')}.`,
    );
  added.set(code, [...(added.get(code) ?? []), translation]);
  redrawAll();
}

/** English with the page's changes, then the built-in table, then the page's changes. */
function messages(code: string): Messages {
  let table = merged.get(code);
  if (!table) {
    const layers = [...(code === 'en' ? [] : [fetched.get(code)]), ...(added.get(code) ?? [])];
    table = layers.reduce<Table>(
      (t, layer) => lay(t, layer, []),
      code === 'en' ? en : messages('en'),
    ) as Messages;
    merged.set(code, table);
  }
  return table;
}

function fetchOnce(code: string, from: Element): void {
  if (fetched.has(code)) return;
  fetched.set(code, null);
  fetchTranslation(code).then(
    (table) => {
      fetched.set(code, table);
      redrawAll();
    },
    (error: unknown) =>
      console.warn(
        `<${from.localName}>: could not load the "${code}" words (${String(error)}); showing English.`,
      ),
  );
}

/**
 * The words for an element, in its language. A built-in language not yet fetched shows
 * English until it arrives; an unknown one shows English, with one warning per page.
 */
export function localize(el: Element): Localized {
  const asked = langOf(el);
  for (const code of candidates(asked)) {
    if (code === 'en' || code === '') break;
    if (builtIn(code)) {
      fetchOnce(code, el);
      if (fetched.get(code)) return { lang: code, t: messages(code) };
      return { lang: 'en', t: messages('en') };
    }
    if (added.has(code)) return { lang: code, t: messages(code) };
  }
  if (asked && !asked.startsWith('en') && !warned.has(asked)) {
    warned.add(asked);
    console.warn(
      `<${el.localName}>: no words for lang="${asked}"; showing English. Add them with registerTranslation("${asked}", {...}).`,
    );
  }
  return { lang: 'en', t: messages('en') };
}

let watcher: MutationObserver | undefined;

/** Redraws `el` when its words may change: a translation arrives, or a `lang` changes. */
export function follow(el: Redraws): void {
  live.add(el);
  watcher ??= new MutationObserver(() => live.forEach((w) => w.requestUpdate()));
  watcher.observe(document, { subtree: true, attributeFilter: ['lang'] });
}

export function unfollow(el: Redraws): void {
  live.delete(el);
}

/** Fills `{name}` marks: `fill("Step {step} of {of}", { step: 2, of: 3 })`. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (mark, name: string) => String(values[name] ?? mark));

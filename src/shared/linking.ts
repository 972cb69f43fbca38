import type { RegionChoice } from '../content/types.js';
import type { SymptomLists } from '../i18n/symptoms.js';

/** What the card and the selectable lists may hand to a candidate-check form. */
export interface Preselection {
  region?: RegionChoice;
  symptoms?: readonly string[];
  /** The built-in lists the symptoms were ticked on, in the sender's language. */
  lists?: SymptomLists;
  /** Or the page's own items they were ticked on: the form then shows these for the region. */
  items?: readonly string[];
  /** The language those items are written in (the page's), or "" when the page names none. */
  itemsLang?: string;
  /** What the sender had ticked before: then only its change is applied (a selectable list). */
  was?: readonly string[];
  /**
   * The nerve roots looked at on a `<pinched-nerve-map>`, sent as `map_roots`; with them, the
   * region widens a form's other region to both (as a list's tick widens it).
   */
  roots?: readonly string[];
}

/** The public surface of `<pinched-nerve-check>` that other elements use, without importing it. */
export interface PreselectTarget extends HTMLElement {
  preselect(selection: Preselection): void;
}

/**
 * The form an element is linked to: the one whose id is `forId` (in the same document or
 * shadow root), else, when `firstAsFallback`, the first `<pinched-nerve-check>` on the page.
 */
export function findCheck(
  from: HTMLElement,
  forId: string | null | undefined,
  firstAsFallback: boolean,
): PreselectTarget | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  const el = forId
    ? (root.getElementById?.(forId) ?? document.getElementById(forId))
    : firstAsFallback
      ? (root.querySelector?.('pinched-nerve-check') ??
        document.querySelector('pinched-nerve-check'))
      : null;
  return typeof (el as Partial<PreselectTarget> | null)?.preselect === 'function'
    ? (el as PreselectTarget)
    : null;
}

/**
 * Draws a card or map again once its form can be found: when the page has been parsed (a classic
 * script in <head> upgrades it before the form below it exists) and when the form's element is
 * defined (from its own file, `check.js` may arrive after `card.js` or `map.js`).
 */
export function redrawWhenFormArrives(el: { requestUpdate(): void }): void {
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => el.requestUpdate(), { once: true });
  void customElements.whenDefined('pinched-nerve-check').then(() => el.requestUpdate());
}

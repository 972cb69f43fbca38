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
}

/** The public surface of `<pinched-nerve-check>` that other elements use, without importing it. */
export interface PreselectTarget extends HTMLElement {
  preselect(selection: Preselection): void;
}

const isTarget = (el: Element | null): el is PreselectTarget =>
  !!el && typeof (el as Partial<PreselectTarget>).preselect === 'function';

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
  if (forId) {
    const el = root.getElementById?.(forId) ?? document.getElementById(forId);
    return isTarget(el) ? el : null;
  }
  if (!firstAsFallback) return null;
  const el =
    root.querySelector?.('pinched-nerve-check') ?? document.querySelector('pinched-nerve-check');
  return isTarget(el) ? el : null;
}

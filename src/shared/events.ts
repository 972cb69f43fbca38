/** Detail of `pinched-nerve-cta` (the card's and the map's button). */
export interface CtaDetail {
  href: string | null;
}
/** Detail of `pinched-nerve-call` (the card's and the map's phone link). */
export interface CallDetail {
  phone: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pinched-nerve-cta': CustomEvent<CtaDetail>;
    'pinched-nerve-call': CustomEvent<CallDetail>;
  }
}

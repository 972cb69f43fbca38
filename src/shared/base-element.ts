import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { en } from '../content/en.js';
import type { Messages } from '../content/types.js';
import { primaryOf } from '../i18n/lang.js';
import { follow, localize, unfollow } from '../i18n/translations.js';
import { accept } from './attributes.js';

/**
 * What every element of the family shares: its words in the page's language, events that
 * cross shadow roots, and warnings.
 */
export class PinchedNerveElement extends LitElement {
  private readonly _warned = new Set<string>();

  /** The words to show, in the element's language; worked out before each render. @internal */
  _t: Messages = en;
  /** The language of `t`, for the `lang` of the rendered content. @internal */
  _langCode = 'en';
  /** The language the page gives the element, or "". @internal */
  _pageLang = '';
  /** Its file of built-in words in each language (`locales/es/<wordsFile>.json`). @internal */
  declare protected readonly _wordsFile: string;

  static override get observedAttributes(): string[] {
    // Its own `lang`, even inside another shadow root, where the page-wide watch cannot see.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * What a page puts inside the element is its fallback, for when the script never runs. It
   * stays shown until the element is drawn; then the box holding its slot is hidden: not drawn,
   * not read, and not focusable even in WebKit, which otherwise lets script focus a link that is
   * in no slot. A box, not the slot itself, because axe and Lighthouse skip slots when they walk
   * the page: a hidden slot did not hide an author's bare `<li>` children from their `listitem`
   * rule, while a hidden box does, and the page's markup stays as its framework wrote it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const box = document.createElement('div');
    box.append(document.createElement('slot'));
    // Lit draws before the box, so once drawn, its content is the root's first element.
    this.renderOptions.renderBefore = root.insertBefore(
      box,
      this.renderOptions.renderBefore ?? null,
    );
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    follow(this);
    // Words may have changed while it was off the page (a language switch, a table arriving).
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * Each widget's first drawing runs in a task of its own (a timer), not in the task that loaded
   * the script: a page with several widgets then never blocks a phone's main thread for long.
   * Until then what the page put inside stays shown (see createRenderRoot); a page that puts
   * nothing there reserves the widget's space (docs/clinic-website.md). Later drawings are Lit's
   * usual microtask.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    await super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    // A keyboard user may be on a link of the fallback: hiding it would drop focus to <body>.
    const active = first ? (this.getRootNode() as Document | ShadowRoot).activeElement : null;
    super.update(changed);
    // Only once the drawing is in place: if the first drawing throws, the fallback stays.
    if (!first) return;
    (this.renderOptions.renderBefore as HTMLElement).hidden = true;
    // A fallback's control is its call link (docs/clinic-website.md): focus the drawn one.
    if (active !== this && this.contains(active))
      this.renderRoot.querySelector<HTMLElement>('a[href^="tel:"]')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollow(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every public property takes what a framework passes (see accept()): before anything reads
    // it, a value the element cannot use becomes one it can, or its default with one warning.
    // (Setting a property here is part of this update, not a new one.)
    const own = this as unknown as Record<string, unknown>;
    for (const name of changed.keys()) {
      const { type, attribute, state } = (
        this.constructor as typeof PinchedNerveElement
      ).getPropertyOptions(name);
      const prop = String(name);
      if (state || type === Boolean) continue;
      const value = own[prop];
      const taken = accept(
        this,
        prop,
        typeof attribute === 'string' ? attribute : prop,
        type,
        value,
      );
      if (taken !== value && !(taken === null && value === undefined)) own[prop] = taken;
    }
    ({ lang: this._langCode, t: this._t, asked: this._pageLang } = localize(this, this._wordsFile));
  }

  /**
   * Words the page supplied (an attribute, a list's own items), marked with their language (by
   * default the page's) when the element's own words are in another, so a screen reader
   * pronounces both right.
   * @internal
   */
  _own(text: string, lang = this._pageLang): string | TemplateResult {
    return lang && primaryOf(lang) !== primaryOf(this._langCode)
      ? html`<span lang=${lang}>${text}</span>`
      : text;
  }

  /** The page's text when it gave one (an attribute), marked as `own()` does; else `words`. @internal */
  _ownOr(text: string | null | undefined, words: string): string | TemplateResult {
    return text?.trim() ? this._own(text) : words;
  }

  /**
   * Dispatches a bubbling, composed event; returns false when a listener canceled it. An element
   * the page has removed (a route change while the form was sending) can reach no `document`
   * listener: when the event has bubbled to the top of its removed tree unstopped, it goes once
   * more to the element's document, with the element as `target` and canceled if it was.
   * @internal
   */
  protected _emit<T>(name: string, detail: T, cancelable = false): boolean {
    const init = { detail, bubbles: true, composed: true, cancelable };
    const event = new CustomEvent<T>(name, init);
    const top = this.isConnected ? null : this.getRootNode({ composed: true });
    let heard = true;
    // Added after the page's own listeners on the top node, so it sees what they did.
    const relay = (e: Event) => {
      if (e !== event || e.cancelBubble) return;
      const copy = new CustomEvent<T>(name, init);
      Object.defineProperty(copy, 'target', { value: this });
      if (e.defaultPrevented) copy.preventDefault();
      heard = this.ownerDocument.dispatchEvent(copy);
    };
    top?.addEventListener(name, relay);
    const dispatched = this.dispatchEvent(event);
    top?.removeEventListener(name, relay);
    return dispatched && heard;
  }

  /** One console.warn per element, attribute and value, naming all three. @internal */
  _warnAttribute(attribute: string, value: unknown, fallback: string): void {
    this._once(attribute, value, () =>
      console.warn(
        `<${this.localName}>: ignoring ${attribute}="${String(value)}"; using ${fallback} instead.`,
      ),
    );
  }

  /** One console.error per element, attribute and value, for a value that stops the element working. @internal */
  protected _refuseAttribute(attribute: string, value: unknown, why: string): void {
    this._once(attribute, value, () =>
      console.error(`<${this.localName}>: refusing ${attribute}="${String(value)}": ${why}.`),
    );
  }

  /** Runs `report` once per element, attribute and value. @internal */
  protected _once(attribute: string, value: unknown, report: () => void): void {
    const key = `${attribute}=${String(value)}`;
    if (this._warned.has(key)) return;
    this._warned.add(key);
    report();
  }
}

import { html, nothing, type PropertyValues } from 'lit';
import { DEFAULT_PHONE } from '../content/en.js';
import { card } from '../content/card-en.js';
import { emergency } from '../content/emergency-en.js';
import { map } from '../content/map-en.js';
import { addWords, fill } from '../i18n/translations.js';
import { pickEnum, pickHeadingLevel, pickPhone, safeHref, telHref } from '../shared/attributes.js';
import { PinchedNerveElement } from '../shared/base-element.js';
import { choice, choiceStyles } from '../shared/choices.js';
import { heading } from '../shared/heading.js';
import { findCheck, redrawWhenFormArrives, type PreselectTarget } from '../shared/linking.js';
import type { CallDetail, CtaDetail } from '../shared/events.js';
import { figure } from './figure.js';
import { mapStyles } from './pinched-nerve-map.styles.js';
import { regionOf, ROOTS, type Root } from './roots.js';

const REGIONS = ['both', 'cervical', 'lumbar'] as const;

/** Detail of `pinched-nerve-map-change`: the root chosen, and nothing else (health data: where the patient feels symptoms). */
export interface MapChangeDetail {
  root: Root;
}

// The map's words, the card's call to action and the form's emergency signs it shares, join the
// English table as it loads. (Here, not between the class and its JSDoc, which the manifest reads.)
addWords({ map, card, emergency });

/**
 * The nerve-root map: a body figure, front and back, with the areas where each pinched root
 * of the neck (C5–C8) or lower back (L3–S1) is typically felt. The patient picks a root, or
 * where they feel it, and a panel says where it is felt, what may weaken, and what usually
 * comes first, with the call to action and phone line of the card. It stands alone: it says that
 * areas overlap and either side can be affected, names common look-alikes, and shows the form's
 * emergency signs with "call 911" (and, for the arm, the heart-attack signs).
 *
 * @summary Which nerve root could it be? A body map of where each root is typically felt.
 *
 * @slot - Fallback for when the script never runs (a call link, say). Hidden once the widget has drawn.
 *
 * @attr {string} lang - The language of its words: `en`, `es` (fetched from beside the bundle), or one added with
 * `registerTranslation()`. Without it, the nearest ancestor's `lang` decides (`<html lang="es">` is enough). An unknown
 * language shows English, with one console warning.
 *
 * @fires {CustomEvent<MapChangeDetail>} pinched-nerve-map-change - The patient chose a root (by the figure, a radio
 * or a place). `detail.root` is the root, e.g. `"C6"`; it carries nothing else, but that says where the patient feels
 * symptoms: health data, keep it away from analytics.
 * @fires {CustomEvent<CtaDetail>} pinched-nerve-cta - The call-to-action button was activated, as on the card.
 * Cancelable. `detail.href` is the link followed, or null when the button moves to the page's form.
 * @fires {CustomEvent<CallDetail>} pinched-nerve-call - The phone link was activated. `detail.phone` is the clinic's number.
 *
 * @csspart base - The map's outer box.
 * @csspart heading - The map's title.
 * @csspart intro - The introduction.
 * @csspart note - "Areas overlap and vary; this is not a diagnosis", and that either side can be affected.
 * @csspart figure - The body figure (an `svg`).
 * @csspart fieldset - A group of radios (the roots, the places).
 * @csspart legend - A group's label.
 * @csspart choice - One radio with its label.
 * @csspart panel - What the chosen root means.
 * @csspart heart - For a neck root: arm, jaw, neck or upper-back pain with chest signs means call 911.
 * @csspart panel-heading - The panel's title.
 * @csspart warning - The emergency signs (the form's list), under "Call 911 or go to the nearest emergency room".
 * @csspart cta - The call-to-action section.
 * @csspart cta-button - The call-to-action button.
 * @csspart phone - The "or call" line.
 *
 * @cssprop [--pnw-accent=#0b5394] - The figure's bands (the chosen one in full), radios, buttons, links and the accent rule.
 * @cssprop [--pnw-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--pnw-surface=transparent] - The map's background.
 * @cssprop [--pnw-border-color=currentColor] - The map's border, the figure's body (lightly) and the chosen band's outline.
 * @cssprop [--pnw-radius=0.5rem] - Corner radius of the map and buttons.
 * @cssprop [--pnw-space=1rem] - The base spacing unit.
 * @cssprop [--pnw-font=inherit] - The font family (the page's by default).
 * @cssprop [--pnw-link-color=var(--pnw-accent)] - Link colour.
 * @cssprop [--pnw-focus-color=#ffbf47] - The focus ring.
 */
export class PinchedNerveMap extends PinchedNerveElement {
  static override styles = [mapStyles, choiceStyles];
  protected override readonly _wordsFile = 'map';
  static override properties = {
    region: { reflect: true },
    root: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    phone: {},
    ctaLabel: { attribute: 'cta-label' },
    ctaHref: { attribute: 'cta-href' },
    for: {},
  };

  /** Which roots to show: `both` (default), `cervical` (neck: C5–C8) or `lumbar` (lower back: L3–S1). */
  region: string = 'both';

  /** The chosen root (`C5`…`C8`, `L3`…`S1`): set it to preselect one; it follows the patient's choice. */
  root: string | null = null;

  /** Replaces the map's title. */
  heading: string | null = null;

  /** The title's heading level, 1 to 6 (default 2). */
  headingLevel: string | number | null = null;

  /** The clinic's phone number. Defaults to the article's 1-866-850-6139; empty hides the phone line. */
  phone: string | null = null;

  /** The call-to-action button's text. */
  ctaLabel: string | null = null;

  /** Where the button goes. Without it, the button leads to the linked (or first) `<pinched-nerve-check>`, else calls `phone`. */
  ctaHref: string | null = null;

  /**
   * The id of a `<pinched-nerve-check>` to fill in: choosing a root sets the form's region (widened to
   * "Both" when it had the other), and its payload records as `map_roots` the roots the patient pointed at: what the
   * patient pointed at, not a finding (each place maps to one root, and other nerves feel the same).
   */
  for: string | null = null;

  private _regionValue: (typeof REGIONS)[number] = 'both';
  private _rootValue: Root | '' = '';
  private _phoneValue = DEFAULT_PHONE;
  /** The roots the patient chose, in order, each once: the form's `map_roots`. */
  private _looked: Root[] = [];

  private get _shownRoots(): Root[] {
    const region = this._regionValue;
    return ROOTS.filter((root) => region === 'both' || regionOf(root) === region);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Its button leads to the form once the form is there (see the card).
    redrawWhenFormArrives(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('region'))
      this._regionValue = pickEnum(this, 'region', this.region, REGIONS, 'both');
    if (changed.has('phone')) this._phoneValue = pickPhone(this, this.phone, DEFAULT_PHONE);
    if (changed.has('root') || changed.has('region')) {
      const root = this.root?.trim().toUpperCase() as Root | undefined;
      this._rootValue = root && this._shownRoots.includes(root) ? root : '';
      if (root && !this._rootValue) this._warnAttribute('root', this.root, 'no root chosen');
    }
  }

  /** The patient chose a root: show it, tell the page, and fill in the linked form. */
  private _choose(root: Root): void {
    if (root === this._rootValue) return;
    this.root = this._rootValue = root;
    if (!this._looked.includes(root)) this._looked = [...this._looked, root];
    this._emit<MapChangeDetail>('pinched-nerve-map-change', { root });
    this._fillForm(findCheck(this, this.for, false));
  }

  /**
   * Fills in a linked form: the chosen root's region, widened to both when the form has the
   * other (as a list's tick widens it), and the roots looked at, which its payload sends as
   * `map_roots`. Through the form's public `preselect()`, as the card and the lists fill it.
   */
  private _fillForm(check: PreselectTarget | null): void {
    const root = this._rootValue;
    if (!root || !check) return;
    const region = regionOf(root);
    check.preselect({ region, roots: [...this._looked] });
  }

  /** A tap or click on an area of the figure (keyboard and screen reader users have the radios). */
  private _onPick(event: PointerEvent): void {
    const root = (event.target as Element).getAttribute('data-root') as Root | null;
    if (root && event.isPrimary && event.button < 1) this._choose(root);
  }

  private _onCta(event: MouseEvent): void {
    const href = safeHref(this, 'cta-href', this.ctaHref, 'the candidate-check form');
    if (!this._emit<CtaDetail>('pinched-nerve-cta', { href }, true)) return event.preventDefault();
    const check = href ? null : findCheck(this, this.for, true);
    if (!check) return; // an ordinary link: cta-href, or the phone
    event.preventDefault();
    // Only a form named by `for` is filled in (map_roots); the first form on the page gets the
    // chosen root's region, as from the card's button.
    if (this.for) this._fillForm(check);
    else if (this._rootValue) check.preselect({ region: regionOf(this._rootValue) });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    check.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    check.focus({ preventScroll: true });
  }

  private _renderCta() {
    const href = safeHref(this, 'cta-href', this.ctaHref, 'the candidate-check form');
    const check = findCheck(this, this.for, true);
    const phone = this._phoneValue;
    const target = href ?? (check ? `#${check.id}` : phone ? telHref(phone) : null);
    if (!target) return nothing;
    return html`<a part="cta-button" class="button" href=${target} @click=${this._onCta}
      >${this._ownOr(this.ctaLabel, this._t.card.ctaLabel)}</a
    >`;
  }

  private _renderPhone() {
    const phone = this._phoneValue;
    if (!phone) return nothing;
    return html`<p part="phone" class="phone">
      ${this._t.card.callPrefix}
      <a
        href=${telHref(phone)}
        @click=${() => this._emit<CallDetail>('pinched-nerve-call', { phone })}
        >${phone}</a
      >
    </p>`;
  }

  private _renderPanel(sub: number) {
    const w = this._t.map;
    const root = this._rootValue;
    // Only the title is live: a screen reader says which root is shown, then the patient reads on.
    if (!root) return html`<div aria-live="polite"><p>${w.pick}</p></div>`;
    const words = w.roots[root];
    const alike = (w.alike as Partial<Record<Root, string>>)[root];
    return html`<div aria-live="polite">
        ${heading(
          sub,
          html`${fill(w.rootHeading, { root })}
            <span class="region">(${this._t.regions[regionOf(root)]})</span>`,
          { part: 'panel-heading' },
        )}
      </div>
      ${regionOf(root) === 'cervical' ? html`<p class="heart" part="heart">${w.heart}</p>` : nothing}
      <dl>
        <dt>${w.felt}</dt>
        <dd>${words.felt}</dd>
        <dt>${w.weak}</dt>
        <dd>${words.weak}</dd>
        ${
          alike
            ? html`<dt>${w.also}</dt>
                <dd>${alike}</dd>`
            : nothing
        }
        <dt>${w.first}</dt>
        <dd>${w.care}</dd>
      </dl>`;
  }

  protected override render() {
    const w = this._t.map;
    const level = pickHeadingLevel(this, this.headingLevel);
    const roots = this._shownRoots;
    const chosen = this._rootValue;
    const radio = (name: string, root: Root, label: string) =>
      choice({
        type: 'radio',
        id: `${name}-${root}`,
        name,
        value: root,
        label,
        checked: root === chosen,
        onChange: () => this._choose(root),
      });
    const groups = (['cervical', 'lumbar'] as const).filter((r) =>
      roots.some((x) => regionOf(x) === r),
    );
    return html`<section part="base" lang=${this._langCode} class="map" aria-labelledby="title">
      ${heading(level, this._ownOr(this.heading, w.heading), { id: 'title', part: 'heading', className: 'title' })}
      <p part="intro">${w.intro}</p>
      <p part="note" class="note">${w.note} ${w.side}</p>
      <div class="layout">
        ${figure(roots, chosen, [w.front, w.back], (e) => this._onPick(e))}
        <div class="choices">
          <fieldset part="fieldset">
            <legend part="legend">${w.rootLegend}</legend>
            ${groups.map(
              (region) =>
                html`<fieldset class="group">
                  <legend>${this._t.regions[region]}</legend>
                  <div class="roots">
                    ${roots.filter((r) => regionOf(r) === region).map((r) => radio('root', r, r))}
                  </div>
                </fieldset>`,
            )}
          </fieldset>
          <fieldset part="fieldset">
            <legend part="legend">${w.placeLegend}</legend>
            ${roots.map((r) => radio('place', r, w.roots[r].place))}
          </fieldset>
        </div>
      </div>
      <div part="panel" class="panel">${this._renderPanel(level + 1)}</div>
      <section part="warning" class="warning" aria-labelledby="warning-title">
        ${heading(level + 1, w.emergency, { id: 'warning-title', className: 'warning-title' })}
        <ul>
          ${this._t.emergency.signs.map((sign) => html`<li>${sign}</li>`)}
        </ul>
      </section>
      <div part="cta" class="cta">
        <p class="cta-text">${this._t.card.ctaText}</p>
        <div class="cta-actions">${this._renderCta()} ${this._renderPhone()}</div>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pinched-nerve-map': PinchedNerveMap;
  }
  interface GlobalEventHandlersEventMap {
    'pinched-nerve-map-change': CustomEvent<MapChangeDetail>;
  }
}

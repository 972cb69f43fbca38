import { html, nothing, type PropertyValues } from 'lit';
import { DEFAULT_PHONE } from '../content/en.js';
import { card } from '../content/card-en.js';
import type { Region } from '../content/types.js';
import { pickEnum, pickHeadingLevel, pickPhone, safeHref, telHref } from '../shared/attributes.js';
import { addWords } from '../i18n/translations.js';
import { PinchedNerveElement } from '../shared/base-element.js';
import { heading } from '../shared/heading.js';
import { findCheck, redrawWhenFormArrives } from '../shared/linking.js';
import type { CallDetail, CtaDetail } from '../shared/events.js';
import { safetyLine, symptomList } from '../shared/symptom-list.js';
import { cardStyles } from './pinched-nerve-card.styles.js';

export type { CallDetail, CtaDetail } from '../shared/events.js';

// This element's English words travel with it, not with the code the elements share.
addWords({ card });

const REGIONS = ['both', 'cervical', 'lumbar'] as const;
const LAYOUTS = ['auto', 'columns', 'stacked'] as const;

/**
 * The comparison card: a pinched nerve root in the neck (cervical) vs. the lower back
 * (lumbar), their symptoms, conservative treatment first, and a call to action.
 *
 * @summary Neck vs. lower back pinched-nerve comparison card with a call to action.
 *
 * @slot - Fallback for when the script never runs (a call link, say). Hidden once the widget has drawn.
 *
 * @attr {string} lang - The language of its words: `en`, `es` (fetched from beside the bundle), or one added with
 * `registerTranslation()`. Without it, the nearest ancestor's `lang` decides (`<html lang="es">` is enough). An unknown
 * language shows English, with one console warning.
 *
 * @fires {CustomEvent<CtaDetail>} pinched-nerve-cta - The call-to-action button was activated. Cancelable: cancel it to
 * handle the click yourself. `detail.href` is the link followed, or null when the button moves
 * to the page's candidate-check form. Carries no personal data.
 * @fires {CustomEvent<CallDetail>} pinched-nerve-call - The phone link was activated. `detail.phone` is the clinic's number.
 *
 * @csspart base - The card's outer box.
 * @csspart heading - The card's title.
 * @csspart intro - The introduction.
 * @csspart regions - The box that holds the region columns.
 * @csspart region - One region's column (neck or lower back).
 * @csspart region-heading - A region's heading.
 * @csspart list - A symptom list.
 * @csspart item - One symptom.
 * @csspart safety - The line under the lists: not a diagnosis, and the signs that need 911.
 * @csspart treatment - The conservative-treatment section.
 * @csspart treatment-heading - Its heading.
 * @csspart cta - The call-to-action section.
 * @csspart cta-button - The call-to-action button.
 * @csspart phone - The "or call" line.
 * @csspart attribution - The attribution line.
 *
 * @cssprop [--pnw-accent=#0b5394] - Buttons, links and the accent rule.
 * @cssprop [--pnw-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--pnw-surface=transparent] - The card's background.
 * @cssprop [--pnw-border-color=currentColor] - The card's border.
 * @cssprop [--pnw-radius=0.5rem] - Corner radius of the card and buttons.
 * @cssprop [--pnw-space=1rem] - The base spacing unit.
 * @cssprop [--pnw-font=inherit] - The font family (the page's by default).
 * @cssprop [--pnw-link-color=var(--pnw-accent)] - Link colour.
 * @cssprop [--pnw-focus-color=#ffbf47] - The focus ring.
 */
export class PinchedNerveCard extends PinchedNerveElement {
  static override styles = cardStyles;
  protected override readonly _wordsFile = 'card';
  static override properties = {
    region: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    phone: {},
    ctaLabel: { attribute: 'cta-label' },
    ctaHref: { attribute: 'cta-href' },
    attribution: {},
    layout: { reflect: true },
    for: {},
  };

  /** Which regions to show: `both`, `cervical` (neck) or `lumbar` (lower back). */
  region: string = 'both';

  /**
   * Replaces the card's title.
   * @type {string | number | null}
   */
  heading?: string | null;

  /** The title's heading level, 1 to 6. The host page owns its h1, so the default is 2. */
  headingLevel?: string | number | null;

  /**
   * The clinic's phone number. Defaults to the article's 1-866-850-6139; empty hides the phone line.
   * @type {string | number | null}
   */
  phone?: string | null;

  /**
   * The call-to-action button's text.
   * @type {string | number | null}
   */
  ctaLabel?: string | null;

  /**
   * Where the button goes (a `URL` object is used as its text). Without it, the button scrolls to and focuses the
   * page's `<pinched-nerve-check>`, or calls `phone` when the page has no form.
   * @type {string | URL | null}
   */
  ctaHref?: string | null;

  /** The attribution's source name; empty hides the attribution line. */
  attribution?: string | null;

  /** `auto` (two columns when the card is wide enough, by container query), `columns` or `stacked`. */
  layout: string = 'auto';

  /** The id of the `<pinched-nerve-check>` the button leads to (by default, the first on the page). */
  for?: string | null;

  private _regionValue: (typeof REGIONS)[number] = 'both';
  private _layoutValue: (typeof LAYOUTS)[number] = 'auto';
  private _phoneValue = DEFAULT_PHONE;

  override connectedCallback(): void {
    super.connectedCallback();
    redrawWhenFormArrives(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('region'))
      this._regionValue = pickEnum(this, 'region', this.region, REGIONS, 'both');
    if (changed.has('layout'))
      this._layoutValue = pickEnum(this, 'layout', this.layout, LAYOUTS, 'auto');
    if (changed.has('phone')) this._phoneValue = pickPhone(this, this.phone, DEFAULT_PHONE);
  }

  private get _shownRegions(): Region[] {
    return this._regionValue === 'both' ? ['cervical', 'lumbar'] : [this._regionValue];
  }

  /** The linked form: the one named by `for`, else the first on the page. */
  private get _linkedCheck() {
    return findCheck(this, this.for, !this.for);
  }

  private _onCta(event: MouseEvent): void {
    const href = safeHref(this, 'cta-href', this.ctaHref, 'the candidate-check form');
    if (!this._emit<CtaDetail>('pinched-nerve-cta', { href }, true)) {
      event.preventDefault();
      return;
    }
    if (href) return; // an ordinary link
    event.preventDefault();
    // Looked up again now: a form may have been added (or removed) since the card rendered.
    const check = this._linkedCheck;
    if (!check) {
      const phone = this._phoneValue;
      if (this.for) {
        this._once('for', this.for, () =>
          console.warn(
            `<${this.localName}>: for="${this.for}" names no <pinched-nerve-check>; the button ${phone ? 'calls the clinic' : 'does nothing'} instead.`,
          ),
        );
      }
      if (phone) window.location.assign(telHref(phone));
      return;
    }
    if (this._regionValue !== 'both') check.preselect({ region: this._regionValue });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    check.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    check.focus({ preventScroll: true });
  }

  /**
   * The button leads to `cta-href`, else to the page's form, else (a card on its own) to the
   * clinic's phone; with none of the three there is nothing to offer, and no button.
   */
  private _renderCta() {
    const href = safeHref(this, 'cta-href', this.ctaHref, 'the candidate-check form');
    const check = this._linkedCheck;
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

  private _renderAttribution() {
    if (this.attribution === '') return nothing;
    return html`<p part="attribution" class="attribution">
      ${this._t.card.attributionPrefix} ${this._ownOr(this.attribution, this._t.card.attribution)}
    </p>`;
  }

  protected override render() {
    const level = pickHeadingLevel(this, this.headingLevel);
    const sub = level + 1; // heading() draws a 7 as h6
    const words = this._t.card;
    return html`<article
      part="base"
      lang=${this._langCode}
      class="card layout-${this._layoutValue}"
      aria-labelledby="title"
    >
      ${heading(level, this._ownOr(this.heading, words.heading), { id: 'title', part: 'heading', className: 'title' })}
      <div part="intro" class="intro">${words.intro.map((p) => html`<p>${p}</p>`)}</div>
      <div part="regions" class="regions count-${this._shownRegions.length}">
        ${this._shownRegions.map(
          (region) =>
            html`<div part="region" class="region ${region}">
              ${heading(sub, words[region].heading, { id: `h-${region}`, part: 'region-heading' })}
              <p>${words[region].intro}</p>
              ${symptomList(this._t.symptoms[region])}
            </div>`,
        )}
      </div>
      ${safetyLine(this._t.safety)}
      <div part="treatment" class="treatment">
        ${heading(sub, words.treatmentHeading, { part: 'treatment-heading' })}
        <p>${words.treatment}</p>
      </div>
      <div part="cta" class="cta">
        <p class="cta-text">${words.ctaText}</p>
        <div class="cta-actions">${this._renderCta()} ${this._renderPhone()}</div>
      </div>
      ${this._renderAttribution()}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pinched-nerve-card': PinchedNerveCard;
  }
}

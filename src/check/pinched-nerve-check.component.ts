import type { PropertyValues } from 'lit';
import { DEFAULT_PHONE } from '../content/en.js';
import { check } from '../content/check-en.js';
import { emergency } from '../content/emergency-en.js';
import type { Region, RegionChoice } from '../content/types.js';
import { translateSymptoms } from '../i18n/symptoms.js';
import { addWords, fill } from '../i18n/translations.js';
import { asText, pickEnum, pickHeadingLevel, pickPhone, safeHref } from '../shared/attributes.js';
import { PinchedNerveElement } from '../shared/base-element.js';
import type { Preselection } from '../shared/linking.js';
import { checkEndpoint } from '../client/endpoint.js';
import { readConfig, SEND_ATTRIBUTES } from './config.js';
import type { CheckStatus } from './events.js';
import { CheckFlow } from './flow.js';
import { checkStyles } from './pinched-nerve-check.styles.js';
import { renderCheck } from './render.js';
import { mergePreselection, type CheckValues, type SymptomLists } from './values.js';

export type {
  CheckStatus,
  ErrorDetail,
  StepDetail,
  SubmitDetail,
  SuccessDetail,
} from './events.js';

// This element's English words travel with it, not with the code the elements share.
addWords({ check, emergency });

const REGIONS = ['cervical', 'lumbar', 'both'] as const;
const LAYOUTS = ['steps', 'single'] as const;
const METHODS = ['post', 'put'] as const;
const ENCODINGS = ['json', 'form', 'multipart'] as const;
const CONSENTS = ['two', 'single'] as const;

/**
 * The candidate-check form: three short steps (where it hurts; how long and what was tried;
 * how to reach you) that post to the endpoint the page configures. Nothing the patient types
 * is stored, logged or sent anywhere but `endpoint`; every value survives a failed send.
 *
 * @summary "Am I a candidate?" form that posts to any configured endpoint.
 *
 * @slot - Fallback for when the script never runs (a call link, say). Hidden once the widget has drawn.
 *
 * @attr {string} lang - The language of its words: `en`, `es` (fetched from beside the bundle), or one added with
 * `registerTranslation()`. Without it, the nearest ancestor's `lang` decides (`<html lang="es">` is enough). An unknown
 * language shows English, with one console warning.
 *
 * @fires {CustomEvent<SubmitDetail>} pinched-nerve-submit - Before sending. Cancelable: cancel it to send `detail.payload`
 * your own way (nothing is sent). Carries health data: never forward it to analytics or ad tags.
 * @fires {CustomEvent<SuccessDetail>} pinched-nerve-success - The endpoint answered 2xx. `detail.payload`, `detail.status`,
 * `detail.response` (parsed JSON, or text). Carries health data. Like every event here, a form the page removed while
 * sending dispatches it on itself, then once on its document, with the form as `target`.
 * @fires {CustomEvent<ErrorDetail>} pinched-nerve-error - Sending failed. `detail.payload`, `detail.status` (0 for a network
 * failure or timeout), `detail.message`. Carries health data. Reaches `document` from a removed form too, as success does.
 * @fires {CustomEvent<StepDetail>} pinched-nerve-step - A step was shown: step 1 when the patient first answers or presses
 * Continue (not when the page loads), then each step shown. `detail.step`, `detail.of`. No personal or health data: safe
 * to forward to analytics.
 *
 * @csspart base - The form's outer box.
 * @csspart heading - The form's title.
 * @csspart progress - The "Step 2 of 3" caption and its bar, inside the step heading.
 * @csspart step-heading - A step's heading ("Where it hurts").
 * @csspart error-summary - The "There is a problem" box.
 * @csspart error-summary-heading - Its heading.
 * @csspart form-group - One question with its label, hint and error.
 * @csspart legend - A question's legend.
 * @csspart label - A text field's label.
 * @csspart input - A text field.
 * @csspart choice - One radio or checkbox with its label.
 * @csspart error-message - A field's error message.
 * @csspart warning - The emergency warning signs.
 * @csspart warning-heading - Their heading.
 * @csspart warning-toggle - The banner's button ("Call 911 for emergency signs") that shows the full list.
 * @csspart actions - The row of buttons.
 * @csspart submit-button - The Continue / Send button.
 * @csspart back-button - The Back button.
 * @csspart status - The failure or success panel.
 * @csspart status-heading - Its heading.
 * @csspart retry-button - The failure panel's Try again button.
 * @csspart phone - The "call" line.
 * @csspart call-button - The thank-you's button that calls the clinic.
 * @csspart booking-link - The thank-you's link to `booking-url`.
 *
 * @cssprop [--pnw-accent=#0b5394] - Buttons, links and ticked boxes.
 * @cssprop [--pnw-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--pnw-surface=transparent] - The form's background.
 * @cssprop [--pnw-border-color=currentColor] - Borders of the form and its fields.
 * @cssprop [--pnw-radius=0.5rem] - Corner radius.
 * @cssprop [--pnw-space=1rem] - The base spacing unit.
 * @cssprop [--pnw-font=inherit] - The font family.
 * @cssprop [--pnw-error-color=#b3261e] - Error messages and borders.
 * @cssprop [--pnw-input-background=#ffffff] - Text fields' background.
 * @cssprop [--pnw-input-color=#0b0c0c] - Text fields' text.
 * @cssprop [--pnw-input-border=#505a5f] - Text fields' border.
 * @cssprop [--pnw-link-color=var(--pnw-accent)] - Link colour.
 * @cssprop [--pnw-focus-color=#ffbf47] - The focus ring.
 */
export class PinchedNerveCheck extends PinchedNerveElement {
  static override styles = checkStyles;
  protected override readonly _wordsFile = 'check';
  static override properties = {
    endpoint: {},
    method: {},
    encoding: {},
    format: {},
    fieldNames: { attribute: 'field-names' },
    timeout: {},
    hiddenFields: { type: Object, attribute: 'hidden-fields', converter: asText },
    subject: {},
    region: {},
    clinicName: { attribute: 'clinic-name' },
    phone: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    successMessage: { attribute: 'success-message' },
    redirect: {},
    privacyUrl: { attribute: 'privacy-url' },
    consentText: { attribute: 'consent-text' },
    consent: {},
    bookingUrl: { attribute: 'booking-url' },
    nextSteps: { attribute: 'next-steps' },
    layout: { reflect: true },
    _signsOpen: { state: true },
  };

  /**
   * Where answers are sent: a URL that leads to `https:` (a relative one too), `http:` only for localhost; no user
   * name or password in it. A `URL` object is used as its text.
   * @type {string | URL | null}
   */
  endpoint?: string | null;
  /** `POST` (default) or `PUT`, in any case. */
  method?: string | null;
  /** `json` (default), `form` (urlencoded, no CORS preflight) or `multipart`. */
  encoding?: string | null;
  /**
   * The body's shape: `plain` (default: the payload as it is), `hubspot` (HubSpot's Forms API v3
   * submit URL as `endpoint`, which must be `https:`) or `formspree`. Both are sent as a JSON
   * `POST`, whatever `method` and `encoding` say; their code loads from beside the script when a
   * form uses them. Any other value stops the form sending, with one console error.
   */
  format?: string | null;
  /**
   * A JSON object renaming payload keys for the service, e.g. `'{"phone":"mobilephone"}'`, in any
   * `format` (with `hubspot`, the name is sent as `firstname` and `lastname`). Keys the payload
   * does not have get one console warning; a value that is not such an object stops the form
   * sending, with one console error.
   */
  fieldNames?: string | null;
  /** Seconds to wait for the endpoint before giving up (default 15). */
  timeout?: string | number | null;
  /**
   * Fields merged into every payload: an object (as the `hiddenFields` property, e.g. from React or Vue) or its
   * JSON, e.g. `'{"clinic_id":"lakeside-01"}'`. Flat values only (text, numbers, true/false, lists of text).
   * @type {string | Record<string, unknown> | null}
   */
  hiddenFields?: string | Record<string, unknown> | null;
  /**
   * With `format="formspree"`, the subject of the email Formspree sends the clinic (default: "New candidate check
   * for" the `clinic-name`, or the site's host name).
   * @type {string | number | null}
   */
  subject?: string | null;
  /** Preselects where it hurts: `cervical`, `lumbar` or `both`. */
  region?: string | null;
  /**
   * The clinic's name, used in the consent wording. Without it (and without `consent-text`), one console warning.
   * @type {string | number | null}
   */
  clinicName?: string | null;
  /**
   * The clinic's phone number (default 1-866-850-6139); empty hides the call lines.
   * @type {string | number | null}
   */
  phone?: string | null;
  /**
   * Replaces the form's title.
   * @type {string | number | null}
   */
  heading?: string | null;
  /** The title's heading level, 1 to 6 (default 2). */
  headingLevel?: string | number | null;
  /**
   * Replaces the thank-you message shown after a successful send.
   * @type {string | number | null}
   */
  successMessage?: string | null;
  /**
   * A page to open after a successful send (a thank-you page). A `URL` object is used as its text.
   * @type {string | URL | null}
   */
  redirect?: string | null;
  /**
   * The clinic's privacy notice, linked beside the consent box. A `URL` object is used as its text.
   * @type {string | URL | null}
   */
  privacyUrl?: string | null;
  /**
   * Replaces the required consent box's wording (with `consent="single"`, the one box's); the exact words go into
   * the payload as `consent_text`.
   * @type {string | number | null}
   */
  consentText?: string | null;
  /** `steps` (default: three short steps) or `single` (every question at once). */
  layout?: string | null;
  /**
   * `two` (default): a required box to be contacted about this request the way the patient chose, and an optional one
   * for automated calls and texts. `single`: one required box that says both, for a clinic whose lawyer wants one.
   */
  consent?: string | null;
  /**
   * The clinic's online booking page, linked on the thank-you. A `URL` object is used as its text.
   * @type {string | URL | null}
   */
  bookingUrl?: string | null;
  /**
   * What happens next, on the thank-you (default: a plain line that promises no time).
   * @type {string | number | null}
   */
  nextSteps?: string | null;

  /** Whether the patient opened the emergency signs: held in memory only, across steps. */
  private _signsOpen = false;

  /** The patient's answers so far (read-only: the form changes them, or `preselect()`). */
  get values(): Readonly<CheckValues> {
    return this._flow.state.values;
  }

  /** Where the form stands: `editing`, `sending`, `success` or `failed` (read-only). */
  get status(): CheckStatus {
    return this._flow.state.status;
  }

  /** The form's state, its steps and its sending. */
  private readonly _flow = new CheckFlow(this, {
    single: () => this._layout === 'single',
    successMessage: () => this.successMessage || '',
    payloadContext: () => ({
      consentText: this._consentWords,
      automatedText: this._oneBox ? undefined : this._consentFill(this._t.check.consent.automated),
      lang: this._langCode,
      lists: this._lists,
    }),
    redirectTo: (next) => safeHref(this, 'redirect', this.redirect || next, 'no redirect'),
    emit: (name, detail, cancelable) => this._emit(name, detail, cancelable),
    tell: (key, level, text) =>
      this._once(key, text, () => console[level](`<${this.localName}>: ${text}`)),
    refuseEndpoint: (reason) => this._refuseEndpoint(reason),
    endpointMoved: (url) => {
      const now = checkEndpoint(this.endpoint, document.baseURI);
      return now.ok && now.url.origin === url.origin
        ? null
        : `the page's <base> now leads it to ${now.ok ? now.url.origin : 'a refused address'}, not to ${url.origin} as when the form drew`;
    },
  });

  private _refuseEndpoint(reason: string) {
    this._refuseAttribute(
      'endpoint',
      // Never echo a password written into the URL.
      this.endpoint?.replace(/\/\/[^/?#]*@/, '//…@'),
      `${reason}. Nothing will be sent; the form offers the phone number instead`,
    );
  }
  /** The `layout` in force, worked out when it changes. */
  private _layout: (typeof LAYOUTS)[number] = 'steps';
  /** The phone number to show, worked out when `phone` changes. */
  private _phone = DEFAULT_PHONE;

  /** The symptom lists the form shows: its own words', or the page's items for a region. */
  private get _lists(): SymptomLists {
    const { cervical, lumbar } = this._flow.state.pageLists;
    return {
      cervical: cervical?.items ?? this._t.symptoms.cervical,
      lumbar: lumbar?.items ?? this._t.symptoms.lumbar,
    };
  }

  /** Whether one consent box says both (`consent="single"`). */
  private get _oneBox(): boolean {
    return pickEnum(this, 'consent', this.consent, CONSENTS, 'two') === 'single';
  }

  /** Consent words, filled: the clinic's name, and the number as the patient types it. */
  private _consentFill(text: string): string {
    const words = this._t.check.consent;
    return fill(text, {
      clinic: this.clinicName?.trim() || words.defaultClinic,
      phone: this.values.phone.trim() || words.noPhone,
    });
  }

  /** The required box's words: the page's `consent-text`, else the form's (both, with one box). */
  private get _consentWords(): string {
    const words = this._t.check.consent;
    return (
      this.consentText?.trim() ||
      this._consentFill(this._oneBox ? `${words.text} ${words.automated}` : words.text)
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this._t.symptoms;
    super.willUpdate(changed);
    const flow = this._flow;
    const { values, pageLists } = flow.state;
    // Ticked symptoms follow a change of language, so none is lost or sent in two languages;
    // ticks on the page's own items stay as written.
    if (this._t.symptoms !== before && values.symptoms.length)
      flow.state.values = {
        ...values,
        symptoms: translateSymptoms(
          values.symptoms,
          before,
          this._t.symptoms,
          Object.values(pageLists).flatMap((list) => list.items),
        ),
      };
    if (changed.has('region') && this.region != null) {
      const region = this.region.trim().toLowerCase() as RegionChoice;
      if (REGIONS.includes(region)) flow.state.values = { ...flow.state.values, region };
      else this._warnAttribute('region', this.region, 'no preselected region');
    }
    if (changed.has('layout'))
      this._layout = pickEnum(this, 'layout', this.layout, LAYOUTS, 'steps');
    if (changed.has('phone')) this._phone = pickPhone(this, this.phone, DEFAULT_PHONE);
    // Attributes a page never set are not among the first update's changes: check them then too.
    const first = !this.hasUpdated;
    // React's server writes a camelCase prop as an attribute HTML lowercases (clinicName as
    // clinicname, which nothing reads) and drops a URL or an object: name them in one error.
    const lost: string[] = [];
    const fixes: string[] = [];
    if (first)
      for (const [name, { attribute }] of PinchedNerveCheck.elementProperties) {
        const lower = String(name).toLowerCase();
        if (typeof attribute === 'string' && attribute !== lower && this.hasAttribute(lower)) {
          lost.push(String(name));
          fixes.push(attribute);
        }
      }
    if (lost.length) {
      if (this.endpoint == null) {
        lost.push('endpoint');
        fixes.push('endpoint');
      }
      console.error(
        `<${this.localName}>: server rendering lost ${lost.join(', ')}. Pass them as text under their attribute names (${fixes.join(', ')}); see "Next.js" in docs/frameworks.md.`,
      );
    }
    if (
      (first || changed.has('clinicName') || changed.has('consentText')) &&
      !this.clinicName?.trim() &&
      !this.consentText?.trim()
    )
      this._once('clinic-name', null, () =>
        console.warn(
          `<${this.localName}>: no clinic-name attribute, so the consent names no one. Set clinic-name or consent-text.`,
        ),
      );
    if (first || SEND_ATTRIBUTES.some((name) => changed.has(name))) {
      const method = pickEnum(this, 'method', this.method, METHODS, 'post');
      const encoding = pickEnum(this, 'encoding', this.encoding, ENCODINGS, 'json');
      const config = readConfig(
        this,
        this,
        { method, encoding },
        { baseURI: document.baseURI, title: document.title, host: location.hostname },
      );
      if (config.problem) this._refuseEndpoint(config.problem);
      // Not an error: a page may cancel pinched-nerve-submit and send the answers itself.
      else if (this.endpoint == null && !lost.length)
        this._once('endpoint', null, () =>
          console.warn(
            `<${this.localName}>: no endpoint attribute, so answers are sent nowhere unless the page cancels pinched-nerve-submit and sends them itself.`,
          ),
        );
      flow.configure(config);
    }
    if (changed.has('redirect')) safeHref(this, 'redirect', this.redirect, 'no redirect');
    if (changed.has('consent')) void this._oneBox;
  }

  /** Sets the region and symptoms chosen elsewhere on the page (the card, a selectable list, the map). */
  preselect(selection: Preselection): void {
    const { region, symptoms, lists, items, itemsLang, was, roots } = selection;
    const flow = this._flow;
    // A list with the page's own items: the form shows that list for the region, until ticks
    // come from a list with the built-in items. (A card sends a region alone.)
    if ((symptoms || items) && (region === 'cervical' || region === 'lumbar')) {
      const pageLists = { ...flow.state.pageLists };
      if (items) pageLists[region] = { items: [...items], lang: itemsLang ?? this._pageLang };
      else delete pageLists[region];
      flow.set({ pageLists });
    }
    // Ticked on a list in another language: the same symptoms in this form's words.
    const ours = (ticks?: readonly string[]) =>
      ticks && lists ? translateSymptoms(ticks, lists, this._t.symptoms) : ticks;
    const next = mergePreselection(
      flow.state.values,
      region,
      ours(symptoms),
      this._lists,
      ours(was),
    );
    // The map's roots: its region widens the patient's other region to both.
    flow.set({
      values: roots
        ? {
            ...next,
            map_roots: [...roots],
            ...(region && next.region !== region && { region: 'both' }),
          }
        : next,
    });
  }

  /** Moves focus to the form's title (the card's button does this), once it is drawn. */
  override focus(options?: FocusOptions): void {
    const focusTitle = () => this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
    if (this.hasUpdated && !this.isUpdatePending) focusTitle();
    else void this.updateComplete.then(focusTitle);
  }

  protected override render() {
    const t = this._t;
    const s = this._flow.state;
    const page = s.pageLists;
    // The page's own items keep the language they were written in.
    const choices = (region: Region) =>
      this._lists[region].map((value) => ({
        value,
        label: page[region] ? this._own(value, page[region].lang) : value,
      }));
    const consent = this._consentWords;
    return renderCheck(
      {
        ...s,
        t,
        lang: this._langCode,
        level: pickHeadingLevel(this, this.headingLevel),
        single: this._layout === 'single',
        title: this._ownOr(this.heading, t.check.heading),
        phone: this._phone,
        symptoms: { cervical: choices('cervical'), lumbar: choices('lumbar') },
        consent: this.consentText?.trim() ? this._own(consent) : consent,
        automated: this._oneBox ? undefined : this._consentFill(t.check.consent.automated),
        signsOpen: this._signsOpen,
        privacyHref: safeHref(this, 'privacy-url', this.privacyUrl, 'no privacy link'),
        notConfigured: !!s.problem,
        canRetry: !s.problem && this.endpoint != null,
        thanks: this._ownOr(s.successText, t.check.success.message),
        next: this._ownOr(this.nextSteps, t.check.success.next),
        booking: safeHref(this, 'booking-url', this.bookingUrl, 'no booking link'),
      },
      { ...this._flow.actions, toggleSigns: () => (this._signsOpen = !this._signsOpen) },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pinched-nerve-check': PinchedNerveCheck;
  }
}

import type { PropertyValues, TemplateResult } from 'lit';
import type { SendConfig } from '../client/config.js';
import { prepareFormat, send, type Format } from '../client/formats.js';
import { messageFrom } from '../client/response.js';
import { DEFAULT_PHONE } from '../content/en.js';
import { check } from '../content/check-en.js';
import type { Region, RegionChoice } from '../content/types.js';
import { translateSymptoms } from '../i18n/symptoms.js';
import { addWords, fill } from '../i18n/translations.js';
import { asText, pickEnum, pickHeadingLevel, pickPhone, safeHref } from '../shared/attributes.js';
import { PinchedNerveElement } from '../shared/base-element.js';
import type { Preselection } from '../shared/linking.js';
import { readConfig } from './config.js';
import type { CheckStatus, ErrorDetail, StepDetail, SubmitDetail, SuccessDetail } from './events.js';
import { controlId } from './fields.js';
import { failureKey, sortFieldErrors, type FailureKey } from './outcome.js';
import { buildPayload } from './payload.js';
import { checkStyles } from './pinched-nerve-check.styles.js';
import { renderCheck, type CheckActions, type CheckView } from './render.js';
import { validate, type Errors } from './validation.js';
import {
  emptyValues,
  mergePreselection,
  STEPS,
  stepOf,
  type CheckValues,
  type SymptomLists,
} from './values.js';

export type {
  CheckStatus,
  ErrorDetail,
  StepDetail,
  SubmitDetail,
  SuccessDetail,
} from './events.js';

// This element's English words travel with it, not with the code the elements share.
addWords({ check });

const REGIONS = ['cervical', 'lumbar', 'both'] as const;
const LAYOUTS = ['steps', 'single'] as const;
/** The properties sending reads (see readConfig()). */
const SEND_ATTRIBUTES = [
  'endpoint',
  'method',
  'encoding',
  'timeout',
  'format',
  'fieldNames',
  'hiddenFields',
  'subject',
  'clinicName',
] as const;

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
 * `detail.response` (parsed JSON, or text). Carries health data.
 * @fires {CustomEvent<ErrorDetail>} pinched-nerve-error - Sending failed. `detail.payload`, `detail.status` (0 for a network
 * failure or timeout), `detail.message`. Carries health data.
 * @fires {CustomEvent<StepDetail>} pinched-nerve-step - A step was shown: step 1 when the patient first answers or presses
 * Continue (not when the page loads), then each step shown. `detail.step`, `detail.of`. No personal or health data: safe
 * to forward to analytics.
 *
 * @csspart base - The form's outer box.
 * @csspart heading - The form's title.
 * @csspart progress - The "Step 2 of 3" caption, inside the step heading.
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
 * @csspart actions - The row of buttons.
 * @csspart submit-button - The Continue / Send button.
 * @csspart back-button - The Back button.
 * @csspart status - The failure or success panel.
 * @csspart status-heading - Its heading.
 * @csspart retry-button - The failure panel's Try again button.
 * @csspart phone - The "call" line.
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
  protected override readonly wordsFile = 'check';
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
    layout: { reflect: true },
    // Internal state; `attribute: false` (which `state` implies) tells the manifest too.
    _values: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
    _otherErrors: { state: true, attribute: false },
    _step: { state: true, attribute: false },
    _status: { state: true, attribute: false },
    _failure: { state: true, attribute: false },
    _successText: { state: true, attribute: false },
    _trap: { state: true, attribute: false },
    _tries: { state: true, attribute: false },
    _pageLists: { state: true, attribute: false },
    _problem: { state: true, attribute: false },
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
   * Replaces the consent wording; the exact words go into the payload as `consent_text`.
   * @type {string | number | null}
   */
  consentText?: string | null;
  /** `steps` (default: three short steps) or `single` (every question at once). */
  layout?: string | null;

  /** The patient's answers so far (read-only: the form changes them, or `preselect()`). */
  get values(): Readonly<CheckValues> {
    return this._values;
  }

  /** Where the form stands: `editing`, `sending`, `success` or `failed` (read-only). */
  get status(): CheckStatus {
    return this._status;
  }

  private _values: CheckValues = emptyValues();
  private _errors: Errors = {};
  /** Server messages for fields the form does not have. */
  private _otherErrors: string[] = [];
  private _step = 0;
  private _status: CheckStatus = 'editing';
  /** Which failure message to show. */
  private _failure: FailureKey | '' = '';
  /** The page's or the server's thank-you words; empty for the form's own. */
  private _successText = '';
  /** Counts blocked steps and failed sends: each one's alert is drawn anew, so it is announced. */
  private _tries = 0;
  /** The honeypot: people never see it; bots fill it. */
  private _trap = '';
  /** A region's list of the page's own items, from a selectable list that uses them. */
  private _pageLists: Partial<Record<Region, { items: readonly string[]; lang: string }>> = {};
  /**
   * Why nothing can be sent: a refused endpoint (not a missing one, which a host that cancels
   * the submit event may want) or format, worked out when they change, not on every render.
   */
  private _problem: string | null = null;
  /** What sending needs, read from the attributes when they change (see readConfig()). */
  private _config!: SendConfig;
  /** The config's format, on its way; undefined for `plain` without `field-names`. */
  private _format: Promise<Format> | undefined;
  /** The `layout` in force, worked out when it changes. */
  private _layout: (typeof LAYOUTS)[number] = 'steps';
  /** The phone number to show, worked out when `phone` changes. */
  private _phone = DEFAULT_PHONE;
  /** The step last announced with `pinched-nerve-step`, as "step/of". */
  private _announcedStep = '';
  /** Whether the patient has answered or pressed Continue: only then are steps announced. */
  private _begun = false;

  /** The symptom lists the form shows: its own words', or the page's items for a region. */
  private get _lists(): SymptomLists {
    const { cervical, lumbar } = this._pageLists;
    return {
      cervical: cervical?.items ?? this.t.symptoms.cervical,
      lumbar: lumbar?.items ?? this.t.symptoms.lumbar,
    };
  }

  private get _consentWords(): string {
    const words = this.t.check.consent;
    return (
      this.consentText?.trim() ||
      fill(words.text, { clinic: this.clinicName?.trim() || words.defaultClinic })
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.t.symptoms;
    super.willUpdate(changed);
    // Ticked symptoms follow a change of language, so none is lost or sent in two languages;
    // ticks on the page's own items stay as written.
    if (this.t.symptoms !== before && this._values.symptoms.length)
      this._values = {
        ...this._values,
        symptoms: translateSymptoms(
          this._values.symptoms,
          before,
          this.t.symptoms,
          Object.values(this._pageLists).flatMap((list) => list.items),
        ),
      };
    if (changed.has('region') && this.region != null) {
      const region = this.region.trim().toLowerCase() as RegionChoice;
      if (REGIONS.includes(region)) this._values = { ...this._values, region };
      else this.warnAttribute('region', this.region, 'no preselected region');
    }
    if (changed.has('layout'))
      this._layout = pickEnum(this, 'layout', this.layout, LAYOUTS, 'steps');
    if (changed.has('phone')) this._phone = pickPhone(this, this.phone, DEFAULT_PHONE);
    // Attributes a page never set are not among the first update's changes: check them then too.
    const first = !this.hasUpdated;
    if (
      (first || changed.has('clinicName') || changed.has('consentText')) &&
      !this.clinicName?.trim() &&
      !this.consentText?.trim()
    )
      this.once('clinic-name', null, () =>
        console.warn(
          `<${this.localName}>: no clinic-name attribute, so the consent names no one. Set clinic-name or consent-text.`,
        ),
      );
    if (first || SEND_ATTRIBUTES.some((name) => changed.has(name))) this._readConfig();
    if (changed.has('redirect')) safeHref(this, 'redirect', this.redirect, 'no redirect');
  }

  /**
   * Reads the attributes that sending needs into one config, and the format's code (for
   * `plain`, only to rename keys) starts loading; what either finds wrong stops the form.
   */
  private _readConfig() {
    const config = (this._config = readConfig(this, this, {
      baseURI: document.baseURI,
      title: document.title,
      host: location.hostname,
    }));
    this._problem = config.problem;
    if (config.problem)
      this.refuseAttribute(
        'endpoint',
        this.endpoint,
        `${config.problem}. Nothing will be sent; the form offers the phone number instead`,
      );
    // Not an error: a page may cancel pinched-nerve-submit and send the answers itself.
    else if (this.endpoint == null)
      this.once('endpoint', null, () =>
        console.warn(
          `<${this.localName}>: no endpoint attribute, so answers are sent nowhere unless the page cancels pinched-nerve-submit and sends them itself.`,
        ),
      );
    const loading = (this._format = prepareFormat(config)?.then((format) => {
      for (const { level, text } of format.notes)
        this.once('config', text, () => console[level](`<${this.localName}>: ${text}`));
      if (format.error && this._format === loading) this._problem ||= format.error;
      return format;
    }));
  }

  /** Sets the region and symptoms chosen elsewhere on the page (the card, a selectable list, the map). */
  preselect(selection: Preselection): void {
    const { region, symptoms, lists, items, itemsLang, was, roots } = selection;
    // A list with the page's own items: the form shows that list for the region, until ticks
    // come from a list with the built-in items. (A card sends a region alone.)
    if ((symptoms || items) && (region === 'cervical' || region === 'lumbar')) {
      const pageLists = { ...this._pageLists };
      if (items) pageLists[region] = { items: [...items], lang: itemsLang ?? this.pageLang };
      else delete pageLists[region];
      this._pageLists = pageLists;
    }
    // Ticked on a list in another language: the same symptoms in this form's words.
    const ours = (ticks?: readonly string[]) =>
      ticks && lists ? translateSymptoms(ticks, lists, this.t.symptoms) : ticks;
    const next = mergePreselection(this._values, region, ours(symptoms), this._lists, ours(was));
    // The map's roots: its region widens the patient's other region to both.
    if (roots)
      this._values = {
        ...next,
        map_roots: [...roots],
        ...(region && next.region !== region && { region: 'both' }),
      };
    else this._values = next;
  }

  /** Moves focus to the form's title (the card's button does this), once it is drawn. */
  override focus(options?: FocusOptions): void {
    const focusTitle = () => this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
    if (this.hasUpdated && !this.isUpdatePending) focusTitle();
    else void this.updateComplete.then(focusTitle);
  }

  /** The patient's first answer or Continue: step 1 is announced now, not when the page loads. */
  private _begin() {
    this._begun = true;
    this.updated();
  }

  /** Announces each step as it is first shown, however it was reached (Continue, Back, an error). */
  protected override updated(): void {
    if (this._status === 'success' || !this._begun) return;
    const single = this._layout === 'single';
    const detail: StepDetail = { step: single ? 1 : this._step + 1, of: single ? 1 : STEPS.length };
    const key = `${detail.step}/${detail.of}`;
    if (key === this._announcedStep) return;
    this._announcedStep = key;
    // In a task of its own, so an analytics listener never lengthens the widgets' first render.
    setTimeout(() => this.emit<StepDetail>('pinched-nerve-step', detail));
  }

  /** Focuses what `selector` finds, once the change just made is drawn. */
  private async _focusDrawn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private _showStep(step: number) {
    this._step = step;
    return this._focusDrawn('#step-title');
  }

  private _showErrors(errors: Errors, other: string[] = []) {
    this._errors = errors;
    this._otherErrors = other;
    this._failure = '';
    this._status = 'editing';
    this._tries++;
    return this._focusDrawn('.error-summary');
  }

  /** Continue on steps 1 and 2; send on the last (or at once: Try again). */
  private async _submit(sendNow = false): Promise<void> {
    if (this._status === 'sending') return;
    this._begin();
    // Retry sends from whichever step is shown, after the same check of every answer.
    const isLast = sendNow || this._layout === 'single' || this._step === STEPS.length - 1;
    const errors = validate(this._values, isLast ? STEPS.flat() : STEPS[this._step]!);
    // The errors come in field order: the first one's step is shown.
    const first = Object.keys(errors)[0];
    if (first) {
      if (this._layout === 'steps') this._step = stepOf(first);
      return this._showErrors(errors);
    }
    this._errors = {};
    this._otherErrors = [];
    if (!isLast) return this._showStep(this._step + 1);
    return this._send();
  }

  private async _send(): Promise<void> {
    if (this._trap) return this._succeed(this.successMessage || '');
    const config = this._config;
    const payload = buildPayload(this._values, {
      hiddenFields: config.hiddenFields,
      consentText: this._consentWords,
      lang: this.langCode,
      lists: this._lists,
      location: window.location,
    });
    if (!this.emit<SubmitDetail>('pinched-nerve-submit', { payload }, true)) return;
    const { url } = config;
    if (!url) {
      const reason = config.problem ?? 'no endpoint is set';
      this.refuseAttribute(
        'endpoint',
        this.endpoint,
        `${reason}. Nothing will be sent; the form offers the phone number instead`,
      );
      return this._fail('notConfigured', { payload, status: 0, message: reason });
    }
    this._status = 'sending';
    const format = await this._format;
    if (this._problem)
      return this._fail('notConfigured', { payload, status: 0, message: this._problem });
    const result = await send(payload, { ...config, url }, format);
    // A form the page removed while it was sending (a route change) must not pull the patient
    // back off the page they moved to; one the page hides in its own success handler still may.
    const onPage = this.isConnected;
    if (result.ok) {
      this.emit<SuccessDetail>('pinched-nerve-success', {
        payload,
        status: result.status,
        response: result.response,
      });
      await this._succeed(
        this.successMessage || result.thanks || messageFrom(result.response) || '',
      );
      const redirect = safeHref(this, 'redirect', this.redirect || result.next, 'no redirect');
      if (redirect && onPage) window.location.assign(redirect);
      return;
    }
    this.emit<ErrorDetail>('pinched-nerve-error', {
      payload,
      status: result.status,
      message: result.message,
    });
    const { errors, other, step } = sortFieldErrors(result.fieldErrors);
    if (Object.keys(errors).length || other.length) {
      if (this._layout === 'steps' && step !== null) this._step = step;
      return this._showErrors(errors, other);
    }
    return this._fail(failureKey(result.kind));
  }

  private _fail(message: FailureKey, event?: ErrorDetail) {
    if (event) this.emit<ErrorDetail>('pinched-nerve-error', event);
    this._failure = message;
    this._status = 'failed';
    this._tries++;
    return this._focusDrawn('#status');
  }

  private _succeed(message: string) {
    this._successText = message;
    this._status = 'success';
    // The thank-you is far shorter than the questions: let go of any height the page reserved
    // for the form (README, "No jumping page"), or it would leave a screen of empty page.
    this.style.minHeight = '0';
    return this._focusDrawn('#status');
  }

  /** Focuses a field from the error summary, switching to its step when needed. */
  private async _focusField(field: string): Promise<void> {
    const step = stepOf(field);
    if (this._layout === 'steps' && step >= 0) this._step = step;
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`);
    control?.closest('.form-group')?.scrollIntoView({ block: 'start' });
    control?.focus();
  }

  /** What the view's controls do: made once, so the drawn listeners stay the same. */
  private readonly _actions: CheckActions = {
    set: (patch) => (this._values = { ...this._values, ...patch }),
    submit: (event) => {
      event.preventDefault();
      void this._submit();
    },
    begin: () => this._begin(),
    back: () => {
      if (this._step > 0) void this._showStep(this._step - 1);
    },
    retry: () => void this._submit(true),
    focusField: (field) => void this._focusField(field),
    setTrap: (value) => (this._trap = value),
  };

  /** What the view shows, worked out for each drawing. */
  private _view(): CheckView {
    const t = this.t;
    const own = (s: string): string | TemplateResult =>
      this.consentText?.trim() ? this.own(s) : s;
    return {
      t,
      lang: this.langCode,
      level: pickHeadingLevel(this, this.headingLevel),
      single: this._layout === 'single',
      title: this.ownOr(this.heading, t.check.heading),
      phone: this._phone,
      values: this._values,
      errors: this._errors,
      otherErrors: this._otherErrors,
      step: this._step,
      status: this._status,
      failure: this._failure,
      tries: this._tries,
      trap: this._trap,
      symptoms: {
        cervical: this._choices('cervical'),
        lumbar: this._choices('lumbar'),
      },
      consent: own(this._consentWords),
      privacyHref: safeHref(this, 'privacy-url', this.privacyUrl, 'no privacy link'),
      notConfigured: !!this._problem,
      canRetry: !this._problem && this.endpoint != null,
      thanks: this.ownOr(this._successText, t.check.success.message),
    };
  }

  /** A region's symptoms to tick; the page's own items keep the language they were written in. */
  private _choices(region: Region) {
    const page = this._pageLists[region];
    return this._lists[region].map((s) => ({ value: s, label: page ? this.own(s, page.lang) : s }));
  }

  protected override render() {
    return renderCheck(this._view(), this._actions);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pinched-nerve-check': PinchedNerveCheck;
  }
}

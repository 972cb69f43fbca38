import type { PropertyValues } from 'lit';
import { checkEndpoint, type EndpointCheck } from '../client/endpoint.js';
import type { Encoding } from '../client/encode.js';
import { loadFormat, type Format } from '../client/formats.js';
import { messageFrom } from '../client/response.js';
import { submit, type SubmitResult } from '../client/submit.js';
import { DEFAULT_PHONE } from '../content/en.js';
import { check } from '../content/check-en.js';
import type { Region, RegionChoice } from '../content/types.js';
import { addWords, fill } from '../i18n/translations.js';
import { asText, pickEnum, pickHeadingLevel, pickPhone, safeHref } from '../shared/attributes.js';
import { PinchedNerveElement } from '../shared/base-element.js';
import type { Preselection } from '../shared/linking.js';
import { controlId } from './fields.js';
import { flatFields, buildPayload } from './payload.js';
import { checkStyles } from './pinched-nerve-check.styles.js';
import type {
  CheckStatus,
  ErrorDetail,
  StepDetail,
  SubmitDetail,
  SuccessDetail,
} from './events.js';
import { failureKey, sortFieldErrors, type FailureKey } from './outcome.js';
import { renderCheck } from './render.js';
import { validate, type Errors } from './validation.js';
import {
  emptyValues,
  mergePreselection,
  STEPS,
  stepOf,
  type CheckValues,
  type SymptomLists,
} from './values.js';
import { translateSymptoms } from '../i18n/symptoms.js';

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
const METHODS = ['post', 'put'] as const;
const ENCODINGS = ['json', 'form', 'multipart'] as const;
const LAYOUTS = ['steps', 'single'] as const;

/**
 * The candidate-check form: three short steps (where it hurts; how long and what was tried;
 * how to reach you) that post to the endpoint the page configures. Nothing the patient types
 * is stored, logged or sent anywhere but `endpoint`; every value survives a failed send.
 *
 * @summary "Am I a candidate?" form that posts to any configured endpoint.
 *
 * @slot - Fallback for when the script never runs (a call link, say). Hidden once the widget has drawn.
 *
 * @attr {string} subject - With `format="formspree"`, the subject of the email Formspree sends the clinic
 * (default: "New candidate check for" the `clinic-name`, or the site's host name). Read when a form is sent.
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
  protected override readonly _wordsFile = 'check';
  static override properties = {
    endpoint: {},
    method: {},
    encoding: {},
    format: {},
    fieldNames: { attribute: 'field-names' },
    timeout: {},
    hiddenFields: { type: Object, attribute: 'hidden-fields', converter: asText },
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
    values: { state: true },
    errors: { state: true },
    otherErrors: { state: true },
    step: { state: true },
    status: { state: true },
    failure: { state: true },
    successText: { state: true },
    trap: { state: true },
    tries: { state: true },
    pageLists: { state: true },
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

  /** @internal */
  values: CheckValues = emptyValues();
  /** @internal */
  errors: Errors = {};
  /** Server messages for fields the form does not have. @internal */
  otherErrors: string[] = [];
  /** @internal */
  step = 0;
  /** @internal */
  status: CheckStatus = 'editing';
  /** Which failure message to show. @internal */
  failure: FailureKey | '' = '';
  /** The page's or the server's thank-you words; empty for the form's own. @internal */
  successText = '';
  /** Counts blocked steps and failed sends: each one's alert is drawn anew, so it is announced. @internal */
  tries = 0;
  /** The honeypot: people never see it; bots fill it. @internal */
  trap = '';
  /** A region's list of the page's own items, from a selectable list that uses them. @internal */
  pageLists: Partial<Record<Region, { items: readonly string[]; lang: string }>> = {};

  /** The symptom lists the form shows: its own words', or the page's items for a region. @internal */
  get lists(): SymptomLists {
    const { cervical, lumbar } = this.pageLists;
    return {
      cervical: cervical?.items ?? this._t.symptoms.cervical,
      lumbar: lumbar?.items ?? this._t.symptoms.lumbar,
    };
  }

  /** The `layout` in force, worked out when it changes. @internal */
  layoutValue: (typeof LAYOUTS)[number] = 'steps';
  /** @internal */
  get level(): number {
    return pickHeadingLevel(this, this.headingLevel);
  }
  /** The phone number to show, worked out when `phone` changes. @internal */
  phoneValue = DEFAULT_PHONE;
  /** @internal */
  get consentWords(): string {
    const words = this._t.check.consent;
    return (
      this.consentText?.trim() ||
      fill(words.text, { clinic: this.clinicName?.trim() || words.defaultClinic })
    );
  }
  /** @internal */
  get privacyHref(): string | null {
    return safeHref(this, 'privacy-url', this.privacyUrl, 'no privacy link');
  }
  /**
   * A refused endpoint (not a missing one, which a host that cancels the submit event may want),
   * worked out when `endpoint` changes, not on every render (each keystroke re-renders). @internal
   */
  endpointProblem: string | null = null;
  /** The `format` set up, on its way; undefined for `plain` without `field-names`. @internal */
  formatLoad: Promise<Format> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this._t.symptoms;
    super.willUpdate(changed);
    // Ticked symptoms follow a change of language, so none is lost or sent in two languages;
    // ticks on the page's own items stay as written.
    if (this._t.symptoms !== before && this.values.symptoms.length)
      this.values = {
        ...this.values,
        symptoms: translateSymptoms(
          this.values.symptoms,
          before,
          this._t.symptoms,
          Object.values(this.pageLists).flatMap((list) => list.items),
        ),
      };
    if (changed.has('region') && this.region != null) {
      const region = this.region.trim().toLowerCase() as RegionChoice;
      if (REGIONS.includes(region)) this.values = { ...this.values, region };
      else this._warnAttribute('region', this.region, 'no preselected region');
    }
    if (changed.has('layout'))
      this.layoutValue = pickEnum(this, 'layout', this.layout, LAYOUTS, 'steps');
    if (changed.has('phone')) this.phoneValue = pickPhone(this, this.phone, DEFAULT_PHONE);
    // Attributes a page never set are not among the first update's changes: check them then too.
    const first = !this.hasUpdated;
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
    if (first || changed.has('endpoint') || changed.has('format') || changed.has('fieldNames')) {
      const result = checkEndpoint(this.endpoint, document.baseURI);
      this.endpointProblem = this.endpoint == null || result.ok ? null : result.reason;
      if (this.endpointProblem) this.refuseEndpoint(this.endpointProblem);
      // Not an error: a page may cancel pinched-nerve-submit and send the answers itself.
      else if (this.endpoint == null) {
        this._once('endpoint', null, () =>
          console.warn(
            `<${this.localName}>: no endpoint attribute, so answers are sent nowhere unless the page cancels pinched-nerve-submit and sends them itself.`,
          ),
        );
      }
      this.readFormat(result);
    }
    if (changed.has('redirect')) safeHref(this, 'redirect', this.redirect, 'no redirect');
    if (changed.has('method')) this.sendMethod();
    if (changed.has('encoding')) this.sendEncoding();
    if (changed.has('timeout')) this.timeoutSeconds();
  }

  /**
   * Reads `format` and `field-names`: a format's code (for `plain`, only to rename keys) starts
   * loading, and reports what it finds wrong, which stops the form as a refused endpoint does.
   */
  private readFormat(endpoint: EndpointCheck) {
    const name = (this.format?.trim() || 'plain').toLowerCase();
    const loading: Promise<Format> | undefined = (this.formatLoad =
      this.format || this.fieldNames
        ? (/^(plain|hubspot|formspree)$/.test(name) ? loadFormat(name) : Promise.reject(Error()))
            .then(
              (m) => m.setup(this, endpoint),
              (): Format => {
                this._refuseAttribute(
                  'format',
                  this.format ?? 'plain',
                  'unknown, or its code did not load',
                );
                return { error: 'format', send: Object as never };
              },
            )
            .then((format) => {
              if (format.error && this.formatLoad === loading) {
                this.endpointProblem ||= format.error;
                this.requestUpdate();
              }
              return format;
            })
        : undefined);
  }

  private refuseEndpoint(reason: string) {
    this._refuseAttribute(
      'endpoint',
      this.endpoint,
      `${reason}. Nothing will be sent; the form offers the phone number instead`,
    );
  }

  private sendMethod(): 'POST' | 'PUT' {
    return pickEnum(this, 'method', this.method, METHODS, 'post').toUpperCase() as 'POST' | 'PUT';
  }

  private sendEncoding(): Encoding {
    return pickEnum<Encoding>(this, 'encoding', this.encoding, ENCODINGS, 'json');
  }

  /** Sets the region and symptoms chosen elsewhere on the page (the card, a selectable list). */
  preselect(selection: Preselection): void {
    const { region, symptoms, lists, items, itemsLang, was } = selection;
    // A list with the page's own items: the form shows that list for the region, until ticks
    // come from a list with the built-in items. (A card sends a region alone.)
    if ((symptoms || items) && (region === 'cervical' || region === 'lumbar')) {
      const pageLists = { ...this.pageLists };
      if (items) pageLists[region] = { items: [...items], lang: itemsLang ?? this._pageLang };
      else delete pageLists[region];
      this.pageLists = pageLists;
    }
    // Ticked on a list in another language: the same symptoms in this form's words.
    const ours = (ticks?: readonly string[]) =>
      ticks && lists ? translateSymptoms(ticks, lists, this._t.symptoms) : ticks;
    this.values = mergePreselection(this.values, region, ours(symptoms), this.lists, ours(was));
  }

  /** Moves focus to the form's title (the card's button does this), once it is drawn. */
  override focus(options?: FocusOptions): void {
    const focusTitle = () => this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
    if (this.hasUpdated && !this.isUpdatePending) focusTitle();
    else void this.updateComplete.then(focusTitle);
  }

  /** @internal */
  set(patch: Partial<CheckValues>): void {
    this.values = { ...this.values, ...patch };
  }

  /** The step last announced with `pinched-nerve-step`, as "step/of". */
  private announcedStep = '';

  /** Whether the patient has answered or pressed Continue: only then are steps announced. */
  private begun = false;

  /** The patient's first answer or Continue: step 1 is announced now, not when the page loads. @internal */
  begin(): void {
    this.begun = true;
    this.updated();
  }

  /** Announces each step as it is first shown, however it was reached (Continue, Back, an error). */
  protected override updated(): void {
    if (this.status === 'success' || !this.begun) return;
    const single = this.layoutValue === 'single';
    const detail: StepDetail = { step: single ? 1 : this.step + 1, of: single ? 1 : STEPS.length };
    const key = `${detail.step}/${detail.of}`;
    if (key === this.announcedStep) return;
    this.announcedStep = key;
    // In a task of its own, so an analytics listener never lengthens the widgets' first render.
    setTimeout(() => this._emit<StepDetail>('pinched-nerve-step', detail));
  }

  /** Focuses what `selector` finds, once the change just made is drawn. */
  private async focusDrawn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private showStep(step: number) {
    this.step = step;
    return this.focusDrawn('#step-title');
  }

  /** @internal */
  back(): void {
    if (this.step > 0) void this.showStep(this.step - 1);
  }

  private showErrors(errors: Errors, other: string[] = []) {
    this.errors = errors;
    this.otherErrors = other;
    this.failure = '';
    this.status = 'editing';
    this.tries++;
    return this.focusDrawn('.error-summary');
  }

  /** Continue on steps 1 and 2; send on the last. @internal */
  async onSubmit(event?: Event, sendNow = false): Promise<void> {
    event?.preventDefault();
    if (this.status === 'sending') return;
    this.begin();
    // Retry sends from whichever step is shown, after the same check of every answer.
    const isLast = sendNow || this.layoutValue === 'single' || this.step === STEPS.length - 1;
    const errors = validate(this.values, isLast ? STEPS.flat() : STEPS[this.step]!);
    // The errors come in field order: the first one's step is shown.
    const first = Object.keys(errors)[0];
    if (first) {
      if (this.layoutValue === 'steps') this.step = stepOf(first);
      return this.showErrors(errors);
    }
    this.errors = {};
    this.otherErrors = [];
    if (!isLast) return this.showStep(this.step + 1);
    return this.send();
  }

  private async send(): Promise<void> {
    if (this.trap) return this.succeed(this.successMessage || '');
    const payload = buildPayload(this.values, {
      // An object or null: the property's setter parses JSON text (see accept()).
      hiddenFields: this.hiddenFields
        ? flatFields(this.hiddenFields as Record<string, unknown>)
        : undefined,
      consentText: this.consentWords,
      lang: this._langCode,
      lists: this.lists,
      location: window.location,
    });
    if (!this._emit<SubmitDetail>('pinched-nerve-submit', { payload }, true)) return;
    const endpoint = checkEndpoint(this.endpoint, document.baseURI);
    if (!endpoint.ok) {
      this.refuseEndpoint(endpoint.reason);
      return this.fail('notConfigured', {
        payload,
        status: 0,
        message: endpoint.reason,
      });
    }
    this.status = 'sending';
    const format = await this.formatLoad;
    if (this.endpointProblem)
      return this.fail('notConfigured', { payload, status: 0, message: this.endpointProblem });
    const options = {
      url: endpoint.url,
      method: this.sendMethod(),
      encoding: this.sendEncoding(),
      timeout: this.timeoutSeconds(),
    };
    const result: SubmitResult = await (format
      ? format.send(payload, options)
      : submit(payload, options));
    // A form the page removed while it was sending (a route change) must not pull the patient
    // back off the page they moved to; one the page hides in its own success handler still may.
    const onPage = this.isConnected;
    if (result.ok) {
      this._emit<SuccessDetail>('pinched-nerve-success', {
        payload,
        status: result.status,
        response: result.response,
      });
      await this.succeed(
        this.successMessage || result.thanks || messageFrom(result.response) || '',
      );
      const redirect = safeHref(this, 'redirect', this.redirect || result.next, 'no redirect');
      if (redirect && onPage) window.location.assign(redirect);
      return;
    }
    this._emit<ErrorDetail>('pinched-nerve-error', {
      payload,
      status: result.status,
      message: result.message,
    });
    const { errors, other, step } = sortFieldErrors(result.fieldErrors);
    if (Object.keys(errors).length || other.length) {
      if (this.layoutValue === 'steps' && step !== null) this.step = step;
      return this.showErrors(errors, other);
    }
    return this.fail(failureKey(result.kind));
  }

  /** Sends the answers again after a failure, from whichever step the patient is on. @internal */
  async retry(): Promise<void> {
    return this.onSubmit(undefined, true);
  }

  private timeoutSeconds(): number {
    if (this.timeout == null || this.timeout === '') return 15;
    const n = Number(this.timeout);
    // Past about 24 days setTimeout overflows and fires at once; no patient waits a day anyway.
    if (Number.isFinite(n) && n > 0) return Math.min(n, 3600);
    this._warnAttribute('timeout', this.timeout, '15 seconds');
    return 15;
  }

  private fail(message: FailureKey, event?: ErrorDetail) {
    if (event) this._emit<ErrorDetail>('pinched-nerve-error', event);
    this.failure = message;
    this.status = 'failed';
    this.tries++;
    return this.focusDrawn('#status');
  }

  private succeed(message: string) {
    this.successText = message;
    this.status = 'success';
    // The thank-you is far shorter than the questions: let go of any height the page reserved
    // for the form (README, "No jumping page"), or it would leave a screen of empty page.
    this.style.minHeight = '0';
    return this.focusDrawn('#status');
  }

  /** Focuses a field from the error summary, switching to its step when needed. @internal */
  async focusField(field: string): Promise<void> {
    const step = stepOf(field);
    if (this.layoutValue === 'steps' && step >= 0) this.step = step;
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`);
    control?.closest('.form-group')?.scrollIntoView({ block: 'start' });
    control?.focus();
  }

  protected override render() {
    return renderCheck(this);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pinched-nerve-check': PinchedNerveCheck;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Messages, Region } from '../content/types.js';
import { fill } from '../i18n/translations.js';
import { telHref } from '../shared/attributes.js';
import { heading } from '../shared/heading.js';
import { errorSummary } from './error-summary.js';
import type { CheckStatus } from './events.js';
import { choiceGroup, consentField, question, textField, type FieldContext } from './fields.js';
import type { FailureKey } from './outcome.js';
import type { Errors } from './validation.js';
import { thanks } from './thanks.js';
import { regionsFor, STEPS, type CheckValues } from './values.js';
import { warning } from './warning.js';

/** Text the page gave (marked with its language) or the form's own words. */
type Text = string | TemplateResult;

/** What the form's view shows: plain data, worked out by the element for each drawing. */
export interface CheckView {
  /** The words, in `lang`. */
  t: Messages;
  lang: string;
  /** The title's heading level; the rest are one below. */
  level: number;
  /** Every question at once (`layout="single"`), else one step at a time. */
  single: boolean;
  title: Text;
  /** The phone number to show, or '' for none. */
  phone: string;
  values: CheckValues;
  errors: Errors;
  step: number;
  status: CheckStatus;
  /** Which failure message to show. */
  failure: FailureKey | '';
  /** Counts blocked steps and failed sends: each one's alert is drawn anew, so it is announced. */
  tries: number;
  /** The honeypot's value. */
  trap: string;
  /** Each region's symptoms to tick: the words' or the page's own (marked with their language). */
  symptoms: Record<Region, readonly { value: string; label: Text }[]>;
  consent: Text;
  /** The optional automated calls and texts box's words; none with one box (`consent="single"`). */
  automated?: string;
  privacyHref: string | null;
  /** Whether the patient opened the emergency signs. */
  signsOpen: boolean;
  /** The form cannot send (a refused endpoint or format): it says so and offers the phone. */
  notConfigured: boolean;
  /** A failed send may be tried again (an endpoint is set and accepted). */
  canRetry: boolean;
  /** The thank-you message. */
  thanks: Text;
  /** What happens next, on the thank-you. */
  next: Text;
  /** The clinic's booking page, or null. */
  booking: string | null;
}

/** What the view's controls do. */
export interface CheckActions {
  set(patch: Partial<CheckValues>): void;
  submit(event: Event): void;
  /** The patient's first answer. */
  begin(): void;
  back(): void;
  retry(): void;
  focusField(field: string): void;
  setTrap(value: string): void;
}

/** The view's own: opening the full list of emergency signs (the element holds whether it is). */
interface ViewActions extends CheckActions {
  toggleSigns(): void;
}

function phoneLink(phone: string) {
  return html`<a href=${telHref(phone)}>${phone}</a>`;
}

function stepOne(ctx: FieldContext, v: CheckView) {
  const words = ctx.words;
  const regions = regionsFor(ctx.values.region);
  return html`${question(ctx, 'region', words.region, { optional: false })}
  ${
    regions.length
      ? choiceGroup(ctx, {
          field: 'symptoms',
          legend: words.symptoms.legend,
          hint: words.symptoms.hint,
          optional: true,
          type: 'checkbox',
          choices: [],
          // One group of checkboxes per region shown.
          body: regions.map((region, i) =>
            choiceGroup(ctx, {
              field: 'symptoms',
              legend: v.t.regions[region],
              type: 'checkbox',
              choices: v.symptoms[region],
              idPrefix: i === 0 ? 'f-symptoms' : `f-symptoms-${region}`,
              nested: true,
            }),
          ),
        })
      : nothing
  }`;
}

function stepTwo(ctx: FieldContext) {
  const words = ctx.words;
  return html`${question(ctx, 'duration', words.duration)}
  ${question(ctx, 'treatments', words.treatments, { type: 'checkbox' })}
  ${question(ctx, 'mri', words.mri)}`;
}

function stepThree(ctx: FieldContext, v: CheckView) {
  const words = ctx.words;
  return html`<p class="hint" id="contact-hint">${words.contactHint}</p>
    ${textField(ctx, 'name')} ${textField(ctx, 'phone', 'contact-hint')}
    ${textField(ctx, 'email', 'contact-hint')}
    ${question(ctx, 'contact_method', words.contactMethod)}
    ${consentField(ctx, v.consent, v.privacyHref, v.automated)}`;
}

function statusPanel(v: CheckView, on: CheckActions, level: number) {
  const words = v.t.check;
  const phone = v.phone;
  // While a retry is on its way the panel stays, so focus on its button is not lost.
  const retrying = v.status === 'sending' && v.failure !== '';
  if (v.status !== 'failed' && !retrying) return nothing;
  const f = words.failure;
  // The answers may have arrived: calling if no one calls back is the advice, in the message;
  // Try again stays, as a quiet button, since sending twice is better than never.
  const unsure = v.failure === 'uncertain';
  // Focused, it is named by its heading and described by its message, not by its button.
  // Each failure draws the alert's content anew, so a failed retry is announced again.
  return html`<div
    id="status"
    class="status failed"
    part="status"
    tabindex="-1"
    role="group"
    aria-labelledby="status-title"
    aria-describedby="status-message"
  >
    <div role="alert">
      ${keyed(
        v.tries,
        html`${heading(level, unsure ? f.uncertainHeading : f.heading, {
            id: 'status-title',
            part: 'status-heading',
          })}
          <p id="status-message" class=${unsure && phone ? 'phone' : ''}>
            ${v.failure && f[v.failure]}
            ${unsure ? (phone ? html`${f.uncertainCall} ${phoneLink(phone)}.` : f.uncertainRetry) : ''}
            ${f.keep}
          </p>`,
      )}
    </div>
    ${
      v.canRetry
        ? html`<button
            type="button"
            class=${unsure ? 'quiet' : 'button'}
            part="retry-button"
            aria-disabled=${retrying ? 'true' : 'false'}
            @click=${on.retry}
          >
            ${retrying ? words.sending : f.retry}
          </button>`
        : nothing
    }
    ${
      phone && !unsure
        ? html`<p class="phone" part="phone">${f.callInstead} ${phoneLink(phone)}</p>`
        : nothing
    }
  </div>`;
}

/** The form's view: it draws `v` and calls `on`; the element holds the state and the behaviour. */
export function renderCheck(v: CheckView, on: ViewActions): TemplateResult {
  const level = v.level;
  const sub = Math.min(level + 1, 6);
  const words = v.t.check;
  const ctx: FieldContext = { words, values: v.values, errors: v.errors, set: on.set };
  const titles = Object.values(words.steps);
  const single = v.single;
  const isLast = single || v.step === STEPS.length - 1;
  const phone = v.phone;
  const steps = [stepOne(ctx, v), stepTwo(ctx), stepThree(ctx, v)];
  const sending = v.status === 'sending';
  const title = heading(level, v.title, {
    id: 'title',
    part: 'heading',
    focusable: true,
  });

  if (v.status === 'success') {
    // The thank-you's heading takes the title's place, at its level.
    return html`<div class="check thanks" part="base" lang=${v.lang}>
      ${thanks({ words, level, message: v.thanks, next: v.next, phone, booking: v.booking })}
    </div>`;
  }

  return html`<div class="check" part="base" lang=${v.lang}>
    ${title}
    <p>${words.intro} ${words.allRequired}</p>
    <p class="notice">${words.notDiagnosis}</p>
    ${warning(words, v.t.emergency.signs, sub, v.signsOpen, on.toggleSigns)}
    ${phone ? html`<p class="phone" part="phone">${words.callPrefix} ${phoneLink(phone)}</p>` : nothing}
    ${
      v.notConfigured
        ? html`<p class="not-configured">
            ${words.failure.notConfigured}
            ${phone ? html`${words.failure.callInstead} ${phoneLink(phone)}` : nothing}
          </p>`
        : nothing
    }
    ${statusPanel(v, on, sub)}
    <p class="visually-hidden" role="status">${sending ? words.sending : ''}</p>
    ${errorSummary(words, v.errors, on.focusField, sub, v.tries)}
    <form novalidate @submit=${on.submit} @input=${on.begin}>
      ${
        single
          ? steps.map(
              (content, i) =>
                html`<div class="step">
                  ${heading(sub, titles[i]!, { id: `step-title-${i}`, part: 'step-heading' })}
                  ${content}
                </div>`,
            )
          : // A new box for each step, so each slides in.
            keyed(
              v.step,
              html`<div class="step">
                ${heading(
                  sub,
                  // Inside the heading, so "Step 2 of 3" is read once, when focus moves to it;
                  // the bar beside it is for the eye only.
                  html`<span class="progress" part="progress"
                      >${fill(words.stepOf, { step: v.step + 1, of: STEPS.length })}<span
                        class="bar"
                        aria-hidden="true"
                        >${STEPS.map((_, i) => html`<span class=${i <= v.step ? 'done' : ''}></span>`)}</span
                      ></span
                    >
                    ${titles[v.step]}`,
                  { id: 'step-title', part: 'step-heading', focusable: true },
                )}
                ${steps[v.step]}
              </div>`,
            )
      }
      <div class="trap" aria-hidden="true">
        <label for="f-hp">${words.honeypot}</label>
        <input
          id="f-hp"
          name="pnw_hp"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${v.trap}
          @input=${(e: Event) => on.setTrap((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions" part="actions">
        ${
          !single && v.step > 0
            ? html`<button class="quiet" part="back-button" type="button" @click=${on.back}>
                ${words.back}
              </button>`
            : nothing
        }
        <button
          class="button"
          part="submit-button"
          type="submit"
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${sending ? words.sending : isLast ? words.submit : words.continue}
        </button>
      </div>
    </form>
  </div>`;
}

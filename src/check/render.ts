import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Messages } from '../content/types.js';
import { fill } from '../i18n/translations.js';
import { telHref } from '../shared/attributes.js';
import { heading } from '../shared/heading.js';
import { errorSummary } from './error-summary.js';
import { choiceGroup, consentField, question, textField, type FieldContext } from './fields.js';
import type { PinchedNerveCheck } from './pinched-nerve-check.component.js';
import { regionsFor, STEPS } from './values.js';

function phoneLink(phone: string) {
  return html`<a href=${telHref(phone)}>${phone}</a>`;
}

function stepOne(ctx: FieldContext, el: PinchedNerveCheck) {
  const words = ctx.words;
  const lists = el.lists;
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
              legend: el._t.regions[region],
              type: 'checkbox',
              // The page's own items keep the language they were written in.
              choices: lists[region].map((s) => ({
                value: s,
                label: el.pageLists[region] ? el._own(s, el.pageLists[region].lang) : s,
              })),
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

function stepThree(ctx: FieldContext, el: PinchedNerveCheck) {
  const words = ctx.words;
  return html`<p class="hint" id="contact-hint">${words.contactHint}</p>
    ${textField(ctx, 'name')} ${textField(ctx, 'phone', 'contact-hint')}
    ${textField(ctx, 'email', 'contact-hint')}
    ${question(ctx, 'contact_method', words.contactMethod)}
    ${consentField(
      ctx,
      el.consentText?.trim() ? el._own(el.consentWords) : el.consentWords,
      el.privacyHref,
    )}`;
}

/** The emergency signs: a region with a heading, so a screen reader can jump to them on any step. */
function warning(words: Messages['check'], level: number) {
  const w = words.warnings;
  return html`<section class="warning" part="warning" aria-labelledby="warning-title">
    ${heading(level, w.heading, {
      id: 'warning-title',
      className: 'warning-title',
      part: 'warning-heading',
    })}
    <ul>
      ${w.items.map((item) => html`<li>${item}</li>`)}
    </ul>
    <p><strong>${w.action}</strong></p>
  </section>`;
}

function statusPanel(el: PinchedNerveCheck, level: number) {
  const words = el._t.check;
  const phone = el.phoneValue;
  if (el.status === 'success') {
    return html`<div
      id="status"
      class="status success"
      part="status"
      tabindex="-1"
      role="status"
      aria-labelledby="status-title"
      aria-describedby="status-message"
    >
      ${heading(level, words.success.heading, { id: 'status-title', part: 'status-heading' })}
      <p id="status-message">${el._ownOr(el.successText, words.success.message)}</p>
      ${phone ? html`<p class="phone" part="phone">${words.success.sooner} ${phoneLink(phone)}</p>` : nothing}
      <p><strong>${words.success.safety}</strong></p>
    </div>`;
  }
  // While a retry is on its way the panel stays, so focus on its button is not lost.
  const retrying = el.status === 'sending' && el.failure !== '';
  if (el.status !== 'failed' && !retrying) return nothing;
  const f = words.failure;
  const configured = !el.endpointProblem && el.endpoint != null;
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
        el.tries,
        html`${heading(level, f.heading, { id: 'status-title', part: 'status-heading' })}
          <p id="status-message">${el.failure && f[el.failure]} ${f.keep}</p>`,
      )}
    </div>
    ${
      configured
        ? html`<button
            type="button"
            class="button"
            part="retry-button"
            aria-disabled=${retrying ? 'true' : 'false'}
            @click=${() => el.retry()}
          >
            ${retrying ? words.sending : f.retry}
          </button>`
        : nothing
    }
    ${phone ? html`<p class="phone" part="phone">${f.callInstead} ${phoneLink(phone)}</p>` : nothing}
  </div>`;
}

/** The form's view; the element holds the state and the behaviour. */
export function renderCheck(el: PinchedNerveCheck): TemplateResult {
  const level = el.level;
  const sub = Math.min(level + 1, 6);
  const words = el._t.check;
  const ctx: FieldContext = { words, values: el.values, errors: el.errors, set: (p) => el.set(p) };
  const titles = Object.values(words.steps);
  const single = el.layoutValue === 'single';
  const isLast = single || el.step === STEPS.length - 1;
  const phone = el.phoneValue;
  const steps = [stepOne(ctx, el), stepTwo(ctx), stepThree(ctx, el)];
  const sending = el.status === 'sending';
  const title = heading(level, el._ownOr(el.heading, words.heading), {
    id: 'title',
    part: 'heading',
    focusable: true,
  });

  if (el.status === 'success') {
    return html`<div class="check" part="base" lang=${el._langCode}>
      ${title} ${statusPanel(el, sub)}
    </div>`;
  }

  return html`<div class="check" part="base" lang=${el._langCode}>
    ${title}
    <p>${words.intro} ${words.allRequired}</p>
    <p class="notice">${words.notDiagnosis}</p>
    ${phone ? html`<p class="phone" part="phone">${words.callPrefix} ${phoneLink(phone)}</p>` : nothing}
    ${
      el.endpointProblem
        ? html`<p class="not-configured">
            ${words.failure.notConfigured}
            ${phone ? html`${words.failure.callInstead} ${phoneLink(phone)}` : nothing}
          </p>`
        : nothing
    }
    ${statusPanel(el, sub)}
    <p class="visually-hidden" role="status">${sending ? words.sending : ''}</p>
    ${errorSummary(
      words,
      el.errors,
      (field) => void el.focusField(field),
      sub,
      el.otherErrors,
      el.tries,
    )}
    ${warning(words, sub)}
    <form novalidate @submit=${(e: Event) => el.onSubmit(e)} @input=${() => el.begin()}>
      ${
        single
          ? steps.map(
              (content, i) =>
                html`<div class="step">
                  ${heading(sub, titles[i]!, { id: `step-title-${i}`, part: 'step-heading' })}
                  ${content}
                </div>`,
            )
          : html`<div class="step">
              ${heading(
                sub,
                // Inside the heading, so "Step 2 of 3" is read when focus moves to it.
                html`<span class="progress" part="progress"
                    >${fill(words.stepOf, { step: el.step + 1, of: STEPS.length })}</span
                  >
                  ${titles[el.step]}`,
                { id: 'step-title', part: 'step-heading', focusable: true },
              )}
              ${steps[el.step]}
            </div>`
      }
      <div class="trap" aria-hidden="true">
        <label for="f-hp">${words.honeypot}</label>
        <input
          id="f-hp"
          name="pnw_hp"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${el.trap}
          @input=${(e: Event) => (el.trap = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions" part="actions">
        <button
          class="button"
          part="submit-button"
          type="submit"
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${sending ? words.sending : isLast ? words.submit : words.continue}
        </button>
        ${
          !single && el.step > 0
            ? html`<button
                class="button secondary"
                part="back-button"
                type="button"
                @click=${() => el.back()}
              >
                ${words.back}
              </button>`
            : nothing
        }
      </div>
    </form>
  </div>`;
}

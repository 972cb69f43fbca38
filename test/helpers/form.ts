import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SubmitDetail } from '../../src/check/events.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';

import { text } from './text.js';

export { text };

export const $ = <T extends Element = HTMLElement>(el: PinchedNerveCheck, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Ticks a radio or checkbox by clicking it, as a person would. */
export async function tick(el: PinchedNerveCheck, id: string) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  if (!input) throw new Error(`no control #${id}`);
  input.click();
  await el.updateComplete;
}

/** Types into a text field (value and input event, as the browser does). */
export async function type(el: PinchedNerveCheck, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  if (!input) throw new Error(`no control #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function pressSubmit(el: PinchedNerveCheck) {
  $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await el.updateComplete;
}

/** Resolves when the element fires `name`. */
export const nextEvent = <T = unknown>(el: EventTarget, name: string) =>
  new Promise<CustomEvent<T>>((resolve) =>
    el.addEventListener(name, (e) => resolve(e as CustomEvent<T>), { once: true }),
  );

/** The step shown, counted from 0, read from its "Step 2 of 3" caption (English words). */
export const shownStep = (el: PinchedNerveCheck) =>
  Number(/\d+/.exec(text($(el, '[part="progress"]')))?.[0]) - 1;

/** Whether the form shows one step at a time (read from the page, as the bundles rename internals). */
const inSteps = (el: PinchedNerveCheck) => !!$(el, '[part="progress"]');

/** Types a name and a phone number and gives consent: what a form needs beside the region. */
export async function fillRequired(el: PinchedNerveCheck) {
  await type(el, 'f-name', 'Ada Lovelace');
  await type(el, 'f-phone', '(555) 010-2000');
  await tick(el, 'f-consent');
}

/** Fills in all three steps with valid answers and reaches the last step. */
export async function fillAll(el: PinchedNerveCheck) {
  await tick(el, 'f-region-1'); // lower back
  await tick(el, 'f-symptoms'); // its first symptom
  if (inSteps(el)) await pressSubmit(el);
  await tick(el, 'f-duration-2');
  await tick(el, 'f-treatments');
  await tick(el, 'f-treatments-2');
  await tick(el, 'f-mri');
  if (inSteps(el)) await pressSubmit(el);
  await type(el, 'f-name', 'Ada Lovelace');
  await type(el, 'f-phone', '(555) 010-2000');
  await type(el, 'f-email', 'ada@example.com');
  await tick(el, 'f-contact_method-1');
  await tick(el, 'f-consent');
}

/**
 * Fills the form (with `email` instead of the usual address, if given), sends it and waits for
 * the answer; returns the payload the form sent, as its `pinched-nerve-submit` event told it.
 */
export async function send(el: PinchedNerveCheck, email?: string) {
  await fillAll(el);
  if (email) await type(el, 'f-email', email);
  const submitted = nextEvent<SubmitDetail>(el, 'pinched-nerve-submit');
  await pressSubmit(el);
  const { payload } = (await submitted).detail;
  await waitUntil(() => el.status !== 'sending', 'still sending');
  await el.updateComplete;
  return payload;
}

/** Every answer fillAll() gave is still in the form (after a failure). */
export function expectValuesKept(el: PinchedNerveCheck) {
  expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Ada Lovelace');
  expect($<HTMLInputElement>(el, '#f-phone')!.value).to.equal('(555) 010-2000');
  expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('ada@example.com');
  expect($<HTMLInputElement>(el, '#f-consent')!.checked).to.equal(true);
  expect(el.values.region).to.equal('lumbar');
  expect(el.values.treatments).to.deep.equal(['anti-inflammatory', 'physical-therapy']);
}

export const mountCheck = (endpoint: string, extra: Partial<Record<string, string>> = {}) => {
  const el = document.createElement('pinched-nerve-check');
  el.setAttribute('endpoint', endpoint);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) el.setAttribute(k, v);
  return fixture<PinchedNerveCheck>(html`${el}`);
};

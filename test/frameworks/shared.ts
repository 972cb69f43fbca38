/** What the React and Vue tests share: a drawn widget, the last two steps, the server's view. */
import { expect } from '@open-wc/testing';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import type { endpointFor } from '../helpers/endpoint.js';
import { pressSubmit, tick, type } from '../helpers/form.js';

/** The widget has drawn something the patient can see (not the blank 0 px box of a throw). */
export function drawn(el: HTMLElement): void {
  expect(el.shadowRoot?.children.length, `<${el.localName}> drew nothing`).to.be.greaterThan(1);
  expect(el.getBoundingClientRect().height, `<${el.localName}> is 0 px high`).to.be.greaterThan(0);
}

/** From step 1, already answered on the page (a list's ticks), to the ticked consent box. */
export async function fillSteps2And3(el: PinchedNerveCheck): Promise<void> {
  await pressSubmit(el);
  await tick(el, 'f-duration-2');
  await tick(el, 'f-treatments');
  await tick(el, 'f-mri');
  await pressSubmit(el);
  await type(el, 'f-name', 'Ada Lovelace');
  await type(el, 'f-phone', '(555) 010-2000');
  await tick(el, 'f-contact_method');
  await tick(el, 'f-consent');
}

/** The one request the real endpoint received, parsed. */
export async function sentBody(
  ep: ReturnType<typeof endpointFor>,
): Promise<Record<string, unknown>> {
  const { requests } = await ep.received();
  expect(requests, 'requests to the endpoint').to.have.length(1);
  return JSON.parse(requests[0]!.body) as Record<string, unknown>;
}

/** Collects uncaught errors and rejections while a describe block runs. */
export function watchErrors(): () => string[] {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return () => errors;
}

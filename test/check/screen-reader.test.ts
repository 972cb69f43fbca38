import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../dist/check.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { check as words } from '../../src/content/check-en.js';
import { downUrl, endpointFor } from '../helpers/endpoint.js';
import {
  $,
  fillAll,
  mountCheck,
  nextEvent,
  pressSubmit,
  shownStep,
  text,
  tick,
} from '../helpers/form.js';

/** What a screen reader is told, beyond what axe checks (issue 13). */

const isChromium = /Chrome\//.test(navigator.userAgent);

/** The focused element's node in Chromium's accessibility tree (null elsewhere). */
interface AxNode {
  role: string;
  name: string;
  description?: string;
  invalid?: string;
  required?: boolean;
  /** The nodes around it, outermost first. */
  ancestors: Omit<AxNode, 'ancestors'>[];
}
const focusedAxNode = () =>
  isChromium ? executeServerCommand<AxNode | null, undefined>('focused-accessible-node') : null;

/** Texts of the elements an aria-labelledby / aria-describedby lists, in the same root. */
function referenced(el: Element, attribute: string): string {
  const root = el.getRootNode() as ShadowRoot;
  return (el.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

/** Records every change inside `node` until `stop()`; the records are returned. */
function watch(node: Node) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(node, { childList: true, subtree: true, characterData: true });
  return () => {
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records;
  };
}

const replacedContent = (records: MutationRecord[]) =>
  records.some((r) => r.type === 'childList' && r.addedNodes.length > 0);

const settled = (el: PinchedNerveCheck) =>
  waitUntil(() => el.status !== 'sending', 'still sending');

/** The focused panel's name (from aria-labelledby) starts with its heading; Chromium agrees. */
async function expectNamedByHeading(el: PinchedNerveCheck, panel: HTMLElement, title: string) {
  expect(el.shadowRoot!.activeElement, 'the panel has focus').to.equal(panel);
  const name = referenced(panel, 'aria-labelledby');
  expect(name.startsWith(title), `name "${name}" starts with the heading`).to.equal(true);
  const ax = await focusedAxNode();
  if (isChromium) {
    expect(ax, 'Chromium finds the focused node').to.not.equal(null);
    expect(ax!.name.startsWith(title), `Chromium's name "${ax!.name}"`).to.equal(true);
  }
  return ax;
}

describe('<pinched-nerve-check> for screen-reader users', () => {
  for (const [what, url] of [
    ['the server is down', downUrl],
    ['the server answers 500', () => endpointFor('server-error').url],
  ] as const) {
    it(`announces each failed send again when Try again fails (${what}): the alert's content is drawn anew`, async () => {
      const el = await mountCheck(url());
      await fillAll(el);
      await pressSubmit(el);
      await settled(el);
      await el.updateComplete;
      expect(el.status).to.equal('failed');
      const alert = $(el, '#status [role="alert"]')!;
      for (let attempt = 1; attempt <= 2; attempt++) {
        const stop = watch(alert);
        const failed = nextEvent(el, 'pinched-nerve-error');
        $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
        await failed;
        await settled(el);
        await el.updateComplete;
        expect($(el, '#status [role="alert"]'), 'the same live region').to.equal(alert);
        expect(replacedContent(stop()), `retry ${attempt}: content replaced`).to.equal(true);
        expect(text(alert)).to.contain(words.failure.heading);
      }
    });
  }

  it('announces a blocked step every time Continue is pressed with the same errors', async () => {
    const el = await fixture<PinchedNerveCheck>(html`<pinched-nerve-check></pinched-nerve-check>`);
    await pressSubmit(el);
    const alert = $(el, '.error-summary [role="alert"]')!;
    expect(text(alert)).to.contain(words.errors.region);
    for (let attempt = 1; attempt <= 2; attempt++) {
      const stop = watch(alert);
      await pressSubmit(el);
      expect($(el, '.error-summary [role="alert"]'), 'the same live region').to.equal(alert);
      expect(replacedContent(stop()), `press ${attempt + 1}: content replaced`).to.equal(true);
      expect(text(alert)).to.contain(words.errors.region);
    }
  });

  it('names the focused failure panel by its heading and describes it by its message', async () => {
    const el = await mountCheck(endpointFor('server-error').url, { phone: '555-010-4477' });
    await fillAll(el);
    await pressSubmit(el);
    await settled(el);
    await el.updateComplete;
    const panel = $(el, '#status')!;
    const ax = await expectNamedByHeading(el, panel, words.failure.heading);
    expect(referenced(panel, 'aria-describedby')).to.contain(words.failure.server);
    if (ax) expect(ax.description).to.contain(words.failure.server);
  });

  it('names the focused success panel and error summary by their headings', async () => {
    const done = await mountCheck(endpointFor('ok').url);
    await fillAll(done);
    await pressSubmit(done);
    await settled(done);
    await done.updateComplete;
    await expectNamedByHeading(done, $(done, '#status')!, words.success.heading);
    const blocked = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check></pinched-nerve-check>`,
    );
    await pressSubmit(blocked);
    await expectNamedByHeading(blocked, $(blocked, '.error-summary')!, words.errorSummary);
  });

  it('marks each radio and the consent box invalid and described by its error after a failed step', async () => {
    const el = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check layout="single"></pinched-nerve-check>`,
    );
    await pressSubmit(el);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="region"]')];
    expect(radios).to.have.length(3);
    for (const [controls, error, message] of [
      [radios, 'region-error', words.errors.region],
      [[$<HTMLInputElement>(el, '#f-consent')!], 'consent-error', words.errors.consent],
    ] as const) {
      expect($(el, `#${error}`)!.closest('fieldset')!.getAttribute('aria-describedby')).to.contain(
        error,
      );
      for (const control of controls) {
        expect(control.getAttribute('aria-invalid'), `${control.id} invalid`).to.equal('true');
        expect(referenced(control, 'aria-describedby'), `${control.id} described`).to.contain(
          message,
        );
      }
      controls[0].focus();
      const ax = await focusedAxNode();
      if (ax) {
        expect(ax.invalid, `Chromium: ${controls[0].id} invalid`).to.equal('true');
        expect(ax.description, `Chromium: ${controls[0].id} described`).to.contain(message);
      }
    }
    // Answered, they are valid again and described by nothing.
    await tick(el, 'f-region');
    await tick(el, 'f-consent');
    await pressSubmit(el);
    expect($(el, '#f-region')!.hasAttribute('aria-invalid')).to.equal(false);
    expect($(el, '#f-consent')!.getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '#f-consent')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('exposes required on the required questions only, and calls nothing invalid before a try', async () => {
    const el = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check layout="single" region="both"></pinched-nerve-check>`,
    );
    expect($<HTMLFormElement>(el, 'form')!.noValidate, 'no browser bubbles').to.equal(true);
    const required = [...el.shadowRoot!.querySelectorAll('form [aria-required="true"]')].map(
      (n) => n.id || n.querySelector('input')!.id,
    );
    expect(required, 'the region group, the name and the consent box').to.deep.equal([
      'f-region',
      'f-name',
      'f-consent',
    ]);
    // A native `required` radio or checkbox is called invalid by Chromium while unticked.
    expect(el.shadowRoot!.querySelectorAll('[required]')).to.have.length(0);
    if (isChromium) {
      // Chromium has no required checkbox (f-consent keeps aria-required for the others).
      for (const id of ['f-region', 'f-name', 'f-mri', 'f-phone', 'f-contact_method']) {
        $(el, `#${id}`)!.focus();
        const ax = (await focusedAxNode())!;
        // ARIA has no required radio: its radiogroup carries it.
        const holder =
          ax.role === 'radio' ? [...ax.ancestors].reverse().find((a) => /group/.test(a.role))! : ax;
        expect(!!holder.required, `Chromium: ${id} (${holder.role}) required`).to.equal(
          required.includes(id),
        );
        expect(ax.invalid ?? 'false', `Chromium: ${id} not invalid yet`).to.equal('false');
      }
    }
  });

  it('says once, at the top, that every question is required unless marked optional', async () => {
    const el = await fixture<PinchedNerveCheck>(html`<pinched-nerve-check></pinched-nerve-check>`);
    const all = text(el.shadowRoot!.querySelector('.check'));
    expect(all.split(words.allRequired)).to.have.length(2);
    const note = [...el.shadowRoot!.querySelectorAll('p')].find((p) =>
      text(p).includes(words.allRequired),
    )!;
    expect(
      note.compareDocumentPosition($(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  it('puts the emergency signs before the questions, as a region with a heading, on every step', async () => {
    const el = await fixture<PinchedNerveCheck>(html`<pinched-nerve-check></pinched-nerve-check>`);
    for (let step = 0; step < 3; step++) {
      const signs = $(el, '[part="warning"]')!;
      expect(signs.localName, `step ${step + 1}: a region`).to.equal('section');
      expect(referenced(signs, 'aria-labelledby')).to.equal(words.warnings.heading);
      const first = $(el, 'form input:not([tabindex="-1"])')!;
      expect(
        signs.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING,
        `step ${step + 1}: before the first question`,
      ).to.not.equal(0);
      if (step === 0) await tick(el, 'f-region');
      if (step === 1) await pressSubmit(el);
      if (step === 0) await pressSubmit(el);
    }
    expect(shownStep(el)).to.equal(2);
  });
});

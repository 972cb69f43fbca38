import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
// The built file patients get (issue 22); types only from the sources.
import '../../dist/check.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { check as words } from '../../src/content/check-en.js';
import { emergency } from '../../src/content/emergency-en.js';
import { drawn } from '../helpers/drawn.js';
import { endpointFor } from '../helpers/endpoint.js';
import { text } from '../helpers/text.js';

/**
 * The phone-first form of issue 25: the first question on a phone's first screen, the
 * emergency banner, tiles, the progress bar, the buttons, two consent boxes and a thank-you
 * that does not move the page.
 */

const $ = <T extends Element = HTMLElement>(el: PinchedNerveCheck, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PinchedNerveCheck, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

async function click(el: PinchedNerveCheck, selector: string) {
  const target = $(el, selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await el.updateComplete;
}

async function type(el: PinchedNerveCheck, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const next = (el: PinchedNerveCheck) => click(el, '[part="submit-button"]');

/** Steps 1 and 2 answered; step 3 shown. */
async function toContact(el: PinchedNerveCheck) {
  await click(el, '#f-region-1');
  await next(el);
  await next(el);
}

async function fillContact(el: PinchedNerveCheck) {
  await type(el, 'f-name', 'Ada Lovelace');
  await type(el, 'f-phone', '(555) 010-2000');
  await click(el, '#f-contact_method'); // a phone call
  await click(el, '#f-consent');
}

const mount = async (attributes = '') => {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: 360px; font-size: 16px; line-height: normal"></div>`,
  );
  wrapper.innerHTML = `<pinched-nerve-check ${attributes}></pinched-nerve-check><footer style="height: 40px">Footer</footer>`;
  await drawn(wrapper);
  return {
    el: wrapper.querySelector('pinched-nerve-check')!,
    footer: wrapper.querySelector('footer')!,
  };
};

describe('<pinched-nerve-check> on a phone (issue 25)', () => {
  it('shows the first question and its first choice within a 360 × 640 first screen', async () => {
    const { el } = await mount('phone="(555) 010-4477" clinic-name="Lakeside"');
    const top = el.getBoundingClientRect().top;
    const firstChoice = $(el, 'label[for="f-region"]')!.getBoundingClientRect();
    expect(
      firstChoice.bottom - top,
      'the first choice’s bottom, from the form’s top',
    ).to.be.at.most(640);
  });

  it('shows the emergency signs as a one-line banner that opens with one tap and stays open', async () => {
    const { el } = await mount();
    const toggle = $<HTMLButtonElement>(el, '[part="warning-toggle"]')!;
    const signs = $(el, '#signs')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(signs.getBoundingClientRect().height, 'closed: not drawn for the eye').to.be.at.most(1);
    // One line of text: every piece of the banner's text on the same line.
    const range = document.createRange();
    range.selectNodeContents(toggle);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    expect(tops.size, 'one line at 360px').to.equal(1);
    await click(el, '[part="warning-toggle"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(signs.getBoundingClientRect().height).to.be.above(100);
    await click(el, '#f-region-1');
    await next(el);
    expect(text($(el, '#step-title'))).to.contain('Step 2 of 3');
    expect($(el, '[part="warning-toggle"]')!.getAttribute('aria-expanded'), 'remembered').to.equal(
      'true',
    );
    expect($$(el, '[part="warning"]'), 'the list is on the page once').to.have.length(1);
  });

  it('lets a screen reader meet every sign before the first question, even with the banner closed', async () => {
    const { el } = await mount();
    const signs = $(el, '#signs')!;
    const legend = $(el, 'legend')!;
    expect(signs.compareDocumentPosition(legend) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
    // Hidden from the eye only: not display:none, visibility:hidden or aria-hidden.
    expect(getComputedStyle(signs).display).to.not.equal('none');
    expect(getComputedStyle(signs).visibility).to.equal('visible');
    expect(signs.closest('[aria-hidden="true"]')).to.equal(null);
    expect(text(signs)).to.contain(emergency.signs[0]);
    expect(text(signs)).to.contain(words.warnings.action);
    await expect(el).to.be.accessible();
  });

  it('draws choices as full-width tiles that tick the real radio, marked by a check, a border and a fill', async () => {
    const { el } = await mount();
    const label = $(el, 'label[for="f-region"]')!;
    const radio = $<HTMLInputElement>(el, '#f-region')!;
    const box = $(el, '[part="base"]')!.getBoundingClientRect();
    const tile = label.getBoundingClientRect();
    expect(tile.width, 'full width').to.be.above(box.width - 60);
    expect(tile.height).to.be.at.least(44);
    const before = getComputedStyle(label);
    const [border, fill] = [before.borderTopColor, before.backgroundColor];
    expect(getComputedStyle(label, '::after').content).to.be.oneOf(['none', 'normal', '']);
    // A tap on the far end of the tile, away from the circle.
    const rect = label.getBoundingClientRect();
    const at = el.shadowRoot!.elementFromPoint(rect.right - 10, rect.top + rect.height / 2);
    expect(at, 'the tile’s far end is the label').to.equal(label);
    label.click();
    await el.updateComplete;
    expect(radio.checked).to.equal(true);
    expect(radio.type).to.equal('radio');
    const after = getComputedStyle(label);
    expect(after.borderTopColor, 'border').to.not.equal(border);
    expect(after.backgroundColor, 'fill').to.not.equal(fill);
    expect(getComputedStyle(label, '::after').content, 'check mark').to.contain('✓');
  });

  it('reads "Step 1 of 3" once, in the step heading, with a bar for the eye only', async () => {
    const { el } = await mount();
    const title = $(el, '#step-title')!;
    expect(text(title)).to.equal(`Step 1 of 3 ${words.steps.region}`);
    const bar = title.querySelector('.bar')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(bar.querySelectorAll('.done')).to.have.length(1);
    expect(text(el.shadowRoot as unknown as Element).split('Step 1 of 3')).to.have.length(2);
  });

  it('puts Back before Continue as a quieter text button, and Continue across a phone’s width', async () => {
    const { el } = await mount();
    const base = $(el, '[part="base"]')!;
    const inner = base.clientWidth - 2 * parseFloat(getComputedStyle(base).paddingLeft);
    expect($(el, '[part="submit-button"]')!.getBoundingClientRect().width).to.be.closeTo(inner, 2);
    await click(el, '#f-region-1');
    await next(el);
    const actions = $(el, '[part="actions"]')!;
    const parts = [...actions.querySelectorAll('button')].map((b) => b.getAttribute('part'));
    expect(parts).to.deep.equal(['back-button', 'submit-button']);
    const back = getComputedStyle($(el, '[part="back-button"]')!);
    expect(back.backgroundColor).to.be.oneOf(['rgba(0, 0, 0, 0)', 'transparent']);
  });

  it('asks for contact about the request and, apart and optional, for automated calls and texts to the number typed', async () => {
    const { el } = await mount('clinic-name="Lakeside Spine Center"');
    await toContact(el);
    await type(el, 'f-phone', '(555) 010-2000');
    const required = $(el, 'label[for="f-consent"]')!;
    const automated = $(el, 'label[for="f-consent_automated"]')!;
    expect(text(required)).to.equal(
      words.consent.text.replace('{clinic}', 'Lakeside Spine Center'),
    );
    expect(text(automated)).to.contain('Lakeside Spine Center to (555) 010-2000.');
    expect(text(automated)).to.contain('Reply STOP to end texts.');
    expect(text(automated)).to.contain('You can take back this permission at any time.');
    expect(text(automated)).to.contain(words.optional);
    expect($(el, '#f-consent')!.getAttribute('aria-required')).to.equal('true');
    expect($(el, '#f-consent_automated')!.hasAttribute('aria-required')).to.equal(false);
  });

  it('sends both consent answers with both texts; consent="single" sends one box for both', async () => {
    const two = endpointFor('ok');
    const { el } = await mount(`endpoint="${two.url}" clinic-name="Lakeside"`);
    await toContact(el);
    await fillContact(el);
    await next(el);
    await waitUntil(() => $(el, '.success'), 'sent');
    const sent = JSON.parse((await two.received()).requests[0]!.body);
    expect(sent).to.deep.include({
      consent: true,
      consent_automated: false,
      consent_text: words.consent.text.replace('{clinic}', 'Lakeside'),
    });
    expect(sent.consent_automated_text).to.contain('Lakeside to (555) 010-2000.');

    const one = endpointFor('ok');
    const { el: single } = await mount(
      `endpoint="${one.url}" clinic-name="Lakeside" consent="single"`,
    );
    await toContact(single);
    expect($(single, '#f-consent_automated'), 'one box').to.equal(null);
    await fillContact(single);
    const box = text($(single, 'label[for="f-consent"]'));
    expect(box).to.contain(words.consent.text.replace('{clinic}', 'Lakeside'));
    expect(box).to.contain('Lakeside to (555) 010-2000.');
    await next(single);
    await waitUntil(() => $(single, '.success'), 'sent');
    const body = JSON.parse((await one.received()).requests[0]!.body);
    expect(body.consent_automated).to.equal(true);
    expect(body.consent_automated_text).to.equal(body.consent_text);
  });

  it('thanks with a check mark, the message, what happens next, a call button, the booking link and the short signs, in the title’s place', async () => {
    const sent = endpointFor('ok');
    const { el } = await mount(
      `endpoint="${sent.url}" phone="(555) 010-4477" booking-url="https://book.example/lakeside" next-steps="We call within a day." heading-level="3"`,
    );
    await toContact(el);
    await fillContact(el);
    await next(el);
    await waitUntil(() => $(el, '.success'), 'sent');
    expect($(el, '#title'), 'the form’s title gives way').to.equal(null);
    const status = $(el, '#status')!;
    expect(status.querySelector('h3')!.textContent.trim()).to.equal(words.success.heading);
    expect(status.querySelector('.tick')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(status)).to.contain('We call within a day.');
    const call = status.querySelector<HTMLAnchorElement>('[part="call-button"]')!;
    expect(call.getAttribute('href')).to.equal('tel:5550104477');
    expect(call.getBoundingClientRect().height).to.be.at.least(48);
    expect(status.querySelector('[part="booking-link"]')!.getAttribute('href')).to.equal(
      'https://book.example/lakeside',
    );
    expect(text(status)).to.contain(words.success.safety);
    expect(words.success.safety).to.contain('both legs or both arms');
    expect(el.shadowRoot!.activeElement).to.equal(status);
    await expect(el).to.be.accessible();
  });

  it('says what happens next in plain words by default, promising no time', async () => {
    const sent = endpointFor('ok');
    const { el } = await mount(`endpoint="${sent.url}"`);
    await toContact(el);
    await fillContact(el);
    await next(el);
    await waitUntil(() => $(el, '.success'), 'sent');
    expect(text($(el, '#status'))).to.contain(words.success.next);
    expect(words.success.next).to.not.match(/\d|hour|day|today|soon/i);
    expect($(el, '[part="booking-link"]')).to.equal(null);
  });

  const reportsShifts = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
  it(`moves nothing below the form once the thank-you shows (${
    reportsShifts
      ? 'layout-shift entries sum to 0, and'
      : 'this engine has no layout-shift entries:'
  } the footer stays put)`, async () => {
    const sent = endpointFor('ok');
    const { el, footer } = await mount(`endpoint="${sent.url}"`);
    await toContact(el);
    await fillContact(el);
    const shifts: number[] = [];
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    };
    const observer = reportsShifts
      ? new PerformanceObserver((list) => record(list.getEntries()))
      : null;
    // Let the last answers paint first, so only what sending changes is measured.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    observer?.observe({ type: 'layout-shift' });
    const before = footer.getBoundingClientRect().top;
    await next(el);
    await waitUntil(() => $(el, '.success'), 'sent');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The entries of the last frame, which the observer would get only in a task after it.
    if (observer) record(observer.takeRecords());
    observer?.disconnect();
    expect(footer.getBoundingClientRect().top, 'the footer did not move').to.be.closeTo(before, 1);
    const base = $(el, '[part="base"]')!.getBoundingClientRect().height;
    expect(el.getBoundingClientRect().height, 'the box fills the height it kept').to.be.closeTo(
      base,
      1,
    );
    if (reportsShifts)
      expect(
        shifts.reduce((a, b) => a + b, 0),
        'CLS',
      ).to.equal(0);
  });

  it('keeps 3:1 between each tile’s edge and a dark theme’s surface', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div
        style="color-scheme: dark; background: #0f1722; color: #e6edf5; --pnw-surface: #172231"
      >
        <pinched-nerve-check></pinched-nerve-check>
      </div>`,
    );
    await drawn(wrapper);
    const el = wrapper.querySelector('pinched-nerve-check')!;
    const rgb = (c: string) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.fillStyle = '#172231';
      ctx.fillRect(0, 0, 1, 1);
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const lum = (c: number[]) =>
      c
        .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const edge = lum(rgb(getComputedStyle($(el, 'label[for="f-region"]')!).borderTopColor));
    const surface = lum(rgb('#172231'));
    expect((Math.max(edge, surface) + 0.05) / (Math.min(edge, surface) + 0.05)).to.be.at.least(3);
  });

  const isChromium = /Chrome\//.test(navigator.userAgent);
  const motion =
    'slides each new step in and spins while sending, both off under prefers-reduced-motion';
  if (!isChromium)
    it(`${motion} (skipped: only Chromium's launcher can emulate reduced motion here)`, function () {
      this.skip();
    });
  else
    it(`${motion} (Chromium emulation)`, async () => {
      const { el } = await mount(`endpoint="${endpointFor('slow').url}"`);
      const look = () => ({
        step: getComputedStyle($(el, '.step')!).animationName,
        spinner: getComputedStyle($(el, '[part="submit-button"]')!, '::before').animationName,
      });
      await toContact(el);
      await fillContact(el);
      await next(el);
      await waitUntil(() => $(el, '[aria-disabled="true"]'), 'sending');
      expect(look()).to.deep.equal({ step: 'pnw-in', spinner: 'pnw-spin' });
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(look()).to.deep.equal({ step: 'none', spinner: 'none' });
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
});

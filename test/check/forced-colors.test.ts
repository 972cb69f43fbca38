import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../dist/check.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { downUrl } from '../helpers/endpoint.js';
import { $, fillAll, pressSubmit } from '../helpers/form.js';
import { drawn } from '../helpers/drawn.js';

/**
 * Windows High Contrast (forced colours), light and dark (issue 13). Only Chromium can emulate
 * forced colours (through its DevTools protocol, test/server/chromium-commands.mjs); Firefox and
 * WebKit report the test as skipped, by name.
 */

type Rgba = [number, number, number, number];

/** Any CSS colour as 0-255 RGBA, read back from a canvas so every syntax works. */
function rgba(color: string): Rgba {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  return [...ctx.getImageData(0, 0, 1, 1).data] as Rgba;
}

const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The first opaque background behind an element (across the shadow boundary), else the Canvas. */
function backdrop(el: Element): Rgba {
  for (let n: Element | null = el; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host) {
    const bg = rgba(getComputedStyle(n).backgroundColor);
    if (bg[3] === 255) return bg;
    if (n === document.documentElement) break;
  }
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const canvas = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return canvas;
}

interface Look {
  text: number;
  edge: number;
  outline: string;
  ring: number;
}

/** What a person sees of a button: its text's and its edge's contrast, and its focus ring. */
function look(button: HTMLElement): Look {
  const s = getComputedStyle(button);
  const behind = backdrop(button.parentElement!);
  const face = rgba(s.backgroundColor);
  const fill = face[3] === 255 ? face : behind;
  const ringWidth = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
  return {
    text: contrast(rgba(s.color), fill),
    // The button's edge: its border, or its face where the border matches it.
    edge: Math.max(contrast(rgba(s.borderTopColor), behind), contrast(fill, behind)),
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.boxShadow}`,
    ring: ringWidth >= 2 ? contrast(rgba(s.outlineColor), behind) : 0,
  };
}

/** Presses Tab until `button` has focus, as a keyboard user would (so :focus-visible applies). */
async function tabTo(el: PinchedNerveCheck, button: HTMLElement) {
  $(el, '#title')!.focus();
  for (let i = 0; i < 60 && el.shadowRoot!.activeElement !== button; i++)
    await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement, 'Tab reaches the button').to.equal(button);
}

const isChromium = /Chrome\//.test(navigator.userAgent);

describe('<pinched-nerve-check> in forced colours (Windows High Contrast)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const name = `every button keeps 4.5:1 text, a 3:1 edge and a 3:1 focus ring that differs from unfocused, ${scheme} theme`;
    if (!isChromium) {
      it(`${name} (skipped: only Chromium can emulate forced colours)`, function () {
        this.skip();
      });
      continue;
    }
    it(`${name} (Chromium emulation)`, async () => {
      await executeServerCommand('emulate-forced-colors', {
        forcedColors: 'active',
        colorScheme: scheme,
      });
      try {
        // A clinic page whose own text colour is dark: the secondary button inherits it.
        const page = await drawn(
          await fixture<HTMLElement>(
            html`<div style="color:#1d2a33;background:#ffffff;padding:1rem">
              <pinched-nerve-check endpoint=${downUrl()}></pinched-nerve-check>
            </div>`,
          ),
        );
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(
          true,
        );
        const el = page.querySelector('pinched-nerve-check')!;
        await fillAll(el);
        await pressSubmit(el);
        await waitUntil(() => el.status === 'failed', 'the send fails');
        await el.updateComplete;
        const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button')];
        expect(
          buttons.map((b) => b.getAttribute('part')),
          'the banner’s, Try again, Send and Back',
        ).to.have.members(['warning-toggle', 'retry-button', 'submit-button', 'back-button']);
        for (const button of buttons) {
          const part = button.getAttribute('part');
          const idle = look(button);
          await tabTo(el, button);
          const focused = look(button);
          expect(button.matches(':focus-visible'), `${part} shows focus`).to.equal(true);
          for (const [state, l] of [
            ['unfocused', idle],
            ['focused', focused],
          ] as const) {
            expect(l.text, `${part} ${state}: text contrast`).to.be.at.least(4.5);
            expect(l.edge, `${part} ${state}: edge contrast`).to.be.at.least(3);
          }
          expect(focused.ring, `${part}: a focus ring of 2px or more at 3:1`).to.be.at.least(3);
          expect(focused.outline, `${part}: focus looks different`).to.not.equal(idle.outline);
          button.blur();
        }
      } finally {
        await executeServerCommand('emulate-forced-colors', {});
      }
    });
  }
});

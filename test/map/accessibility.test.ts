import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../dist/map.js';
import type { PinchedNerveMap } from '../../src/map/pinched-nerve-map.component.js';
import { ROOTS } from '../../src/map/roots.js';
import { fetchSpanish } from '../helpers/spanish.js';
import { drawn } from '../helpers/drawn.js';
import { text } from '../helpers/text.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

before(async () => {
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: '/demo/themes.css',
  });
  document.head.append(link);
  await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
});

/** A map in a theme of the demo (or none), in a language. */
const mount = (theme: string, lang: string) =>
  fixture<HTMLElement>(
    html`<div class=${theme} lang=${lang}><pinched-nerve-map></pinched-nerve-map></div>`,
  )
    .then(drawn)
    .then((box) => box.firstElementChild as PinchedNerveMap);

describe('<pinched-nerve-map> accessibility', function () {
  // Nine axe runs a test: slow on a busy machine.
  this.timeout(90000);
  for (const lang of ['en', 'es'])
    for (const theme of ['', 'theme-bold', 'theme-dark'])
      it(`passes axe-core with nothing chosen and with each root chosen (${lang}, ${theme || 'default theme'})`, async () => {
        const el = await mount(theme, lang);
        if (lang === 'es') {
          const es = (await fetchSpanish()) as unknown as { map: { heading: string } };
          await waitUntil(() => text($(el, '#title')) === es.map.heading, 'Spanish words arrive');
        }
        await expect(el).to.be.accessible();
        for (const root of ROOTS) {
          $<HTMLInputElement>(el, `#root-${root}`)!.click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      });

  it('passes axe-core with one region shown', async () => {
    for (const region of ['cervical', 'lumbar']) {
      const el = await fixture<PinchedNerveMap>(
        html`<pinched-nerve-map region=${region} heading-level="3"></pinched-nerve-map>`,
      );
      await expect(el).to.be.accessible();
    }
  });

  it('labels each radio group, and names the neck and lower-back roots apart', async () => {
    const el = await fixture<PinchedNerveMap>(html`<pinched-nerve-map></pinched-nerve-map>`);
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => text(l));
    expect(legends).to.deep.equal([
      'Pick a nerve root',
      'Neck and arms',
      'Lower back and legs',
      'Or pick where you feel it',
    ]);
    // The figure takes no focus: Tab goes from the heading's content to the first radio.
    expect($(el, 'svg [tabindex]')).to.equal(null);
  });

  it('shows focus on the radios', async () => {
    const el = await fixture<PinchedNerveMap>(html`<pinched-nerve-map></pinched-nerve-map>`);
    const radio = $<HTMLInputElement>(el, '#root-C6')!;
    radio.focus();
    // :focus-visible follows script focus after no pointer use in every engine.
    expect(getComputedStyle(radio).outlineStyle).to.equal('solid');
  });

  it('in forced colours, draws the chosen band and its label with the system highlight colour, outlined (Chromium only: the one engine that can emulate them)', async function () {
    try {
      await executeServerCommand('emulate-forced-colors', { forcedColors: 'active' });
    } catch {
      // Chromium only, through its DevTools protocol (test/server/chromium-commands.mjs).
    }
    if (!matchMedia('(forced-colors: active)').matches) {
      this.skip(); // This engine cannot emulate forced colours: reported as skipped, not passed.
    }
    try {
      const el = await fixture<PinchedNerveMap>(
        html`<pinched-nerve-map root="C6"></pinched-nerve-map>`,
      );
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const chosen = $(el, '.area.on')!;
      expect(getComputedStyle(chosen).stroke).to.equal(highlight);
      expect(getComputedStyle($(el, '.area:not(.on)')!).stroke).to.not.equal(highlight);
      expect(getComputedStyle($(el, '.tag.on circle')!).fill).to.equal(highlight);
      // Not by colour alone: the chosen band has an outline in the text colour under it.
      const text = document.createElement('div');
      text.style.color = 'CanvasText';
      document.body.append(text);
      expect(getComputedStyle($(el, '.edge')!).stroke).to.equal(getComputedStyle(text).color);
      text.remove();
    } finally {
      await executeServerCommand('emulate-forced-colors', {}).catch(() => {});
    }
  });
});

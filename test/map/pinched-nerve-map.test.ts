import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../dist/map.js';
import '../../dist/check.js';
import type { PinchedNerveMap } from '../../src/map/pinched-nerve-map.component.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { map as words } from '../../src/content/map-en.js';
import { ROOTS, type Root } from '../../src/map/roots.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { fillAll, pressSubmit } from '../helpers/form.js';
import { fetchSpanish } from '../helpers/spanish.js';
import { text } from '../helpers/text.js';
import { drawn } from '../helpers/drawn.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** Mounts a map with attributes written as in HTML: `region="cervical" root="c7"`. */
export function mount(attrs = '') {
  const el = document.createElement('pinched-nerve-map');
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g))
    el.setAttribute(name!, value!);
  return fixture<PinchedNerveMap>(el);
}

/** What the map shows as chosen: the filled area, the checked radios, the panel's title. */
function shown(el: PinchedNerveMap) {
  return {
    areas: $$(el, '.area.on').map((a) => a.getAttribute('data-root')),
    root: $$(el, 'input[name=root]:checked').map((i) => (i as HTMLInputElement).value),
    place: $$(el, 'input[name=place]:checked').map((i) => (i as HTMLInputElement).value),
    title: text($(el, '[part=panel-heading]')),
    panel: text($(el, '[part=panel]')),
  };
}

function expectChosen(el: PinchedNerveMap, root: Root, how: string) {
  const s = shown(el);
  expect(s.areas, `${how}: the area of ${root}`).to.deep.equal([root]);
  expect(s.root, `${how}: its radio`).to.deep.equal([root]);
  expect(s.place, `${how}: its place`).to.deep.equal([root]);
  expect(s.title, how).to.include(root);
  expect(s.panel, how).to.include(words.roots[root].felt);
  expect(s.panel, how).to.include(words.roots[root].weak);
  expect(s.panel, how).to.include(words.care);
}

/** Records pinched-nerve-map-change details. */
function changes(el: Element) {
  const details: unknown[] = [];
  el.addEventListener('pinched-nerve-map-change', (e) => details.push((e as CustomEvent).detail));
  return details;
}

/** A point (page coordinates) where the figure's hit test finds this root's area. */
function pointOn(el: PinchedNerveMap, root: Root) {
  const area = $(el, `.area[data-root=${root}]`)!;
  const box = area.getBoundingClientRect();
  for (let fy = 0.5; fy < 1; fy += 0.05)
    for (let fx = 0.5; fx < 1; fx += 0.05)
      for (const [x, y] of [
        [box.left + box.width * fx, box.top + box.height * fy],
        [box.left + box.width * (1 - fx), box.top + box.height * (1 - fy)],
      ] as const)
        if (el.shadowRoot!.elementFromPoint(x, y) === area) return { x, y };
  throw new Error(`no point hits the area of ${root}`);
}

describe('<pinched-nerve-map>', () => {
  it('shows every root as a radio, every place as a radio, and a figure hidden from screen readers', async () => {
    const el = await mount();
    expect($$(el, 'input[name=root]').map((i) => (i as HTMLInputElement).value)).to.deep.equal([
      ...ROOTS,
    ]);
    expect($$(el, 'input[name=place]').map((i) => text(i.parentElement))).to.deep.equal(
      ROOTS.map((r) => words.roots[r].place),
    );
    expect($(el, 'svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.area').map((a) => a.getAttribute('data-root'))).to.have.members([...ROOTS]);
    expect(shown(el).areas).to.deep.equal([]);
    expect(shown(el).panel).to.equal(words.pick);
    expect(text($(el, '[part=note]'))).to.equal(`${words.note} ${words.side}`);
    expect(words.note).to.contain('overlap');
    expect(words.side).to.contain('either side');
  });

  it('chooses each root with the keyboard: arrow keys move through the radio group', async () => {
    const el = await mount();
    const got = changes(el);
    $<HTMLInputElement>(el, '#root-C5')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expectChosen(el, 'C6', 'ArrowDown from C5');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expectChosen(el, 'C5', 'ArrowUp');
    for (const root of ROOTS.slice(1)) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expectChosen(el, root, `ArrowDown to ${root}`);
    }
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expectChosen(el, 'L5', 'ArrowUp');
    expect(got).to.deep.equal(['C6', ...ROOTS, 'L5'].map((root) => ({ root })));
  });

  it('chooses each root with the mouse, on its radio and on its area of the figure', async () => {
    const el = await mount();
    const got = changes(el);
    for (const root of ROOTS) {
      const box = $(el, `label[for=root-${root}]`)!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await el.updateComplete;
      expectChosen(el, root, `mouse on the ${root} radio`);
    }
    for (const root of [...ROOTS].reverse()) {
      $<HTMLInputElement>(el, '#root-C5')!.blur();
      const { x, y } = pointOn(el, root);
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      await el.updateComplete;
      expectChosen(el, root, `mouse on the ${root} area`);
    }
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(got.map((d) => (d as { root: string }).root)).to.deep.equal([
      ...ROOTS,
      ...[...ROOTS].reverse().slice(1),
    ]);
  });

  it('chooses each root by touch on its area of the figure (pointer events)', async () => {
    const el = await mount();
    const got = changes(el);
    for (const root of ROOTS) {
      const area = $(el, `.area[data-root=${root}]`)!;
      const init = { bubbles: true, composed: true, isPrimary: true, pointerType: 'touch' };
      area.dispatchEvent(new PointerEvent('pointerdown', init));
      area.dispatchEvent(new PointerEvent('pointerup', init));
      await el.updateComplete;
      expectChosen(el, root, `touch on ${root}`);
    }
    expect(got).to.deep.equal(ROOTS.map((root) => ({ root })));
    // A second finger, or a right click, chooses nothing.
    const area = $(el, '.area[data-root=C5]')!;
    area.dispatchEvent(
      new PointerEvent('pointerup', { bubbles: true, pointerType: 'touch', isPrimary: false }),
    );
    area.dispatchEvent(
      new PointerEvent('pointerup', { bubbles: true, isPrimary: true, button: 2 }),
    );
    await el.updateComplete;
    expectChosen(el, 'S1', 'after a second finger and a right click');
  });

  it('answers a place with its root', async () => {
    const el = await mount();
    for (const root of ROOTS) {
      $<HTMLInputElement>(el, `#place-${root}`)!.click();
      await el.updateComplete;
      expectChosen(el, root, `place “${words.roots[root].place}”`);
    }
  });

  it('the change event carries the root and nothing else, once per change', async () => {
    const el = await mount();
    const events: CustomEvent[] = [];
    el.addEventListener('pinched-nerve-map-change', (e) => events.push(e));
    $<HTMLInputElement>(el, '#place-C6')!.click();
    $<HTMLInputElement>(el, '#root-C6')!.click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ root: 'C6' });
    expect(Object.keys(events[0]!.detail)).to.deep.equal(['root']);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('shows only the neck or the lower-back roots with region, and preselects root (any case)', async () => {
    const neck = await mount('region="cervical" root="c7"');
    expect($$(neck, 'input[name=root]').map((i) => (i as HTMLInputElement).value)).to.deep.equal([
      'C5',
      'C6',
      'C7',
      'C8',
    ]);
    expect($$(neck, '.area')).to.have.length(4);
    expectChosen(neck, 'C7', 'root="c7"');
    const back = await mount('region="lumbar" root="S1"');
    expect($$(back, 'input[name=place]')).to.have.length(4);
    expectChosen(back, 'S1', 'root="S1"');
  });

  it('falls back with one warning each for bad region, root, heading-level and phone', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount('region="arm" root="T1" heading-level="9" phone="call us"');
      el.requestUpdate();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect($$(el, 'input[name=root]')).to.have.length(8);
      expect(shown(el).areas).to.deep.equal([]);
      expect($(el, 'h2#title')).to.not.equal(null);
      expect(text($(el, '[part=phone] a'))).to.equal('1-866-850-6139');
      const mine = warnings.messages.filter((m) => m.startsWith('<pinched-nerve-map>'));
      expect(mine).to.have.length(4);
      for (const name of ['region="arm"', 'root="T1"', 'heading-level="9"', 'phone="call us"'])
        expect(
          mine.filter((m) => m.includes(name)),
          name,
        ).to.have.length(1);
      // A root outside the region shown is refused too, once.
      const neck = await mount('region="cervical" root="L5"');
      neck.requestUpdate();
      await neck.updateComplete;
      expect(shown(neck).areas).to.deep.equal([]);
      expect(warnings.messages.filter((m) => m.includes('root="L5"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('takes heading, heading-level, cta-label, cta-href and phone', async () => {
    const el = await mount(
      'heading="Where is your pain?" heading-level="3" cta-label="Book a visit" cta-href="/book" phone="555-010-4477"',
    );
    expect(text($(el, 'h3#title'))).to.equal('Where is your pain?');
    const cta = $<HTMLAnchorElement>(el, '[part=cta-button]')!;
    expect(text(cta)).to.equal('Book a visit');
    expect(cta.getAttribute('href')).to.equal('/book');
    expect($<HTMLAnchorElement>(el, '[part=phone] a')!.getAttribute('href')).to.equal(
      'tel:5550104477',
    );
    $<HTMLInputElement>(el, '#root-L4')!.click();
    await el.updateComplete;
    expect($(el, '[part=panel] h4')).to.not.equal(null);
  });

  it('fills in the linked form’s region, widening to both, and the form sends the roots looked at', async () => {
    const { url } = endpointFor('ok');
    const box = await drawn(
      await fixture<HTMLElement>(
        html`<div>
          <pinched-nerve-map for="form-1"></pinched-nerve-map>
          <pinched-nerve-check id="form-1" endpoint=${url} layout="single"></pinched-nerve-check>
        </div>`,
      ),
    );
    const el = box.querySelector('pinched-nerve-map')!;
    const check = box.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    const region = async () => {
      await check.updateComplete;
      return $<HTMLInputElement>(check, 'input[name=region]:checked')?.value;
    };
    expect(await region()).to.equal(undefined);
    $<HTMLInputElement>(el, '#root-C6')!.click();
    expect(await region()).to.equal('cervical');
    $<HTMLInputElement>(el, '#place-C7')!.click();
    expect(await region()).to.equal('cervical');
    $<HTMLInputElement>(el, '#root-L5')!.click();
    expect(await region(), 'a lower-back root widens the neck to both').to.equal('both');
    $<HTMLInputElement>(el, '#root-C6')!.click();
    expect(await region()).to.equal('both');
    await fillAll(check);
    const sent = new Promise<CustomEvent>((resolve) =>
      check.addEventListener('pinched-nerve-success', (e) => resolve(e), { once: true }),
    );
    await pressSubmit(check);
    const { payload } = (await sent).detail as { payload: Record<string, unknown> };
    expect(payload.map_roots).to.deep.equal(['C6', 'C7', 'L5']);
  });

  it('leaves a form it is not linked to alone, and its payload has no map_roots', async () => {
    const box = await drawn(
      await fixture<HTMLElement>(
        html`<div>
          <pinched-nerve-map></pinched-nerve-map>
          <pinched-nerve-check id="form-2"></pinched-nerve-check>
        </div>`,
      ),
    );
    const el = box.querySelector('pinched-nerve-map')!;
    const check = box.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    $<HTMLInputElement>(el, '#root-C6')!.click();
    await check.updateComplete;
    expect($(check, 'input[name=region]:checked')).to.equal(null);
    expect(check.values.map_roots).to.equal(undefined);
  });

  it('the button leads to the form and hands it the chosen root’s region', async () => {
    const box = await drawn(
      await fixture<HTMLElement>(
        html`<div>
          <pinched-nerve-map root="L5"></pinched-nerve-map>
          <pinched-nerve-check id="form-3"></pinched-nerve-check>
        </div>`,
      ),
    );
    const el = box.querySelector('pinched-nerve-map')!;
    const check = box.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    const cta = $<HTMLAnchorElement>(el, '[part=cta-button]')!;
    expect(cta.getAttribute('href')).to.equal('#form-3');
    cta.click();
    await check.updateComplete;
    expect($<HTMLInputElement>(check, 'input[name=region]:checked')!.value).to.equal('lumbar');
  });

  it('speaks Spanish by lang, with the root’s words', async () => {
    const es = (await fetchSpanish()) as unknown as { map: typeof words };
    const el = await mount('lang="es" root="C6"');
    await waitUntil(() => text($(el, '#title')) === es.map.heading, 'Spanish words arrive');
    expect(text($(el, '[part=note]'))).to.equal(`${es.map.note} ${es.map.side}`);
    expect(text($(el, '[part=panel]'))).to.include(es.map.alike.C6);
    expect(text($(el, '[part=heart]'))).to.equal(es.map.heart);
    expect(text($(el, '[part=panel]'))).to.include(es.map.roots.C6.felt);
    expect(text($(el, 'label[for=place-L5]'))).to.equal(es.map.roots.L5.place);
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('es');
  });

  it('says, for an arm root only, that arm pain with chest signs means 911, and names look-alikes', async () => {
    const el = await mount();
    for (const root of ROOTS) {
      $<HTMLInputElement>(el, `#root-${root}`)!.click();
      await el.updateComplete;
      const heart = $(el, '[part=heart]');
      if (root[0] === 'C') expect(text(heart), root).to.equal(words.heart);
      else expect(heart, root).to.equal(null);
      const alike = (words.alike as Partial<Record<Root, string>>)[root];
      const panel = text($(el, '[part=panel]'));
      // Heading and text are two blocks, with no space between them in a minified file's textContent.
      const squeezed = (t: string) => t.replace(/\s+/g, '');
      if (alike) expect(squeezed(panel), root).to.include(squeezed(`${words.also} ${alike}`));
      else expect(panel, root).to.not.include(words.also);
    }
    expect(words.heart).to.contain('911');
    expect(Object.keys(words.alike)).to.deep.equal(['C6', 'C7', 'C8', 'L5']);
  });

  it('draws the chosen band outlined, with a larger label, and a dashed copy on the other side', async () => {
    const el = await mount('root="C8"');
    const on = $<SVGPathElement>(el, '.area.on')!;
    const edge = $<SVGPathElement>(el, '.edge')!;
    const echo = $<SVGPathElement>(el, '.echo')!;
    expect([edge, echo].map((p) => p.getAttribute('d'))).to.deep.equal([
      on.getAttribute('d'),
      on.getAttribute('d'),
    ]);
    expect(Number(edge.getAttribute('stroke-width'))).to.be.above(
      Number(on.getAttribute('stroke-width')),
    );
    expect(getComputedStyle(echo).strokeDasharray).to.not.equal('none');
    // The copy is the band mirrored: on the other side of the middle line.
    const middle = (r: DOMRect) => r.left + r.width / 2;
    const [a, b] = [on, echo].map((p) => middle(p.getBoundingClientRect()));
    const body = $(el, '.body')!.getBoundingClientRect();
    expect(Math.sign(a! - middle(body))).to.equal(-Math.sign(b! - middle(body)));
    const radius = (root: string) =>
      Number($(el, `.tag[data-root=${root}] circle`)!.getAttribute('r'));
    expect(radius('C8')).to.be.above(radius('C6'));
    // Every root shown is labelled on the figure.
    expect($$(el, '.tag text').map((t) => t.textContent)).to.have.members([...ROOTS]);
  });

  it('fits 320 px without scrolling sideways', async () => {
    const box = await drawn(
      await fixture<HTMLElement>(
        html`<div style="width: 320px"><pinched-nerve-map root="S1"></pinched-nerve-map></div>`,
      ),
    );
    const el = box.firstElementChild as PinchedNerveMap;
    await el.updateComplete;
    const base = $(el, '[part=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    for (const label of $$(el, 'label'))
      expect(label.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
  });
});

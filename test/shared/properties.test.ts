/**
 * Every public property of the three elements takes what a framework passes (React and Vue
 * set properties): a URL or a number is used as its text, and anything else falls back to the
 * default with one warning naming the element and the property, never a throw or a blank box.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyDeclaration } from 'lit';
import '../../dist/pinched-nerve-widgets.js';
import { captureWarnings } from '../helpers/console.js';

const TAGS = ['pinched-nerve-card', 'pinched-nerve-symptoms', 'pinched-nerve-check'] as const;

type Lit = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void } & Record<
    string,
    unknown
  >;

/** The properties a page may set: not internal state, not the boolean `selectable`. */
function publicProperties(tag: string): [string, PropertyDeclaration][] {
  const ctor = customElements.get(tag) as unknown as {
    elementProperties: Map<PropertyKey, PropertyDeclaration>;
  };
  return [...ctor.elementProperties]
    .filter(([, o]) => !o.state && o.type !== Boolean)
    .map(([name, o]) => [String(name), o]);
}

/** Mounts the tag with one property set before it is drawn, as a framework does. */
async function mountWith(tag: string, name: string, value: unknown): Promise<Lit> {
  const el = document.createElement(tag) as Lit;
  el[name] = value;
  const mounted = await fixture<Lit>(html`<div>${el}</div>`);
  const widget = mounted.firstElementChild as Lit;
  await widget.updateComplete;
  return widget;
}

const drawn = (el: Lit) => {
  expect(el.shadowRoot!.children.length, `<${el.localName}> drew nothing`).to.be.greaterThan(1);
  expect(el.getBoundingClientRect().height, `<${el.localName}> is 0 px high`).to.be.greaterThan(0);
};

describe('properties set from a framework', () => {
  for (const tag of TAGS) {
    for (const [name, options] of publicProperties(tag)) {
      if (!options.type) {
        it(`<${tag}>.${name} takes a URL and a number as their text`, async () => {
          const warnings = captureWarnings();
          try {
            const url = new URL('https://clinic.example/path?x=1');
            const withUrl = await mountWith(tag, name, url);
            drawn(withUrl);
            expect(withUrl[name]).to.equal(url.href);
            const withNumber = await mountWith(tag, name, 42);
            drawn(withNumber);
            expect(withNumber[name]).to.equal('42');
            // Set again once drawn, as a re-render does.
            withNumber[name] = url;
            await withNumber.updateComplete;
            drawn(withNumber);
          } finally {
            warnings.restore();
          }
        });
      }

      it(`<${tag}>.${name} warns once about a value it cannot use, and keeps the default`, async () => {
        const bad = options.type === Object ? ['a', 'list'] : { an: 'object' };
        const warnings = captureWarnings();
        try {
          const el = await mountWith(tag, name, bad);
          drawn(el);
          el.requestUpdate();
          await el.updateComplete;
          const about = warnings.messages.filter((m) => m.includes(` ${name}=`));
          expect(about, warnings.messages.join(' | ')).to.have.length(1);
          expect(about[0]).to.match(new RegExp(`^<${tag}>: ignoring ${name}=.*the default`));
          expect(el[name], `${name} falls back`).to.deep.equal(options.type === Array ? [] : null);
        } finally {
          warnings.restore();
        }
      });
    }
  }

  it('takes a list of strings for symptoms and selected, and an object for hiddenFields', async () => {
    const list = await mountWith('pinched-nerve-symptoms', 'symptoms', ['Arm pain', 'Tingling']);
    expect([...list.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Arm pain',
      'Tingling',
    ]);
    list.selectable = true;
    list.selected = ['Tingling'];
    await list.updateComplete;
    const boxes = list.shadowRoot!.querySelectorAll<HTMLInputElement>('input');
    expect([...boxes].map((b) => b.checked)).to.deep.equal([false, true]);
    const check = await mountWith('pinched-nerve-check', 'hiddenFields', { clinic_id: 'a' });
    expect(check.hiddenFields).to.deep.equal({ clinic_id: 'a' });
    check.setAttribute('hidden-fields', '{"clinic_id":"b"}');
    await check.updateComplete;
    expect(check.hiddenFields).to.deep.equal({ clinic_id: 'b' });
  });
});

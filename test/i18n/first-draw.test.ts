import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import { en } from '../../src/content/en.js';
import { text } from '../helpers/text.js';

// A file of its own, so the Spanish words are not yet loaded when the first widget asks.
describe('a widget’s first drawing', () => {
  it('waits for its language’s words, so a Spanish page never draws English first', async () => {
    const es = (await (await fetch('/src/content/locales/es.json')).json()) as typeof en;
    const card = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card lang="es"></pinched-nerve-card>`,
    );
    // The first update is the first drawing: it is already Spanish.
    expect(text(card.shadowRoot!.querySelector('h2'))).to.equal(es.card.heading);
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('happens in a task of its own, not in the task that added the widget', async () => {
    const cards = [1, 2, 3].map(() => document.createElement('pinched-nerve-card'));
    document.body.append(...cards);
    try {
      await Promise.resolve(); // microtasks of this task: Lit would normally draw here
      await Promise.resolve();
      for (const card of cards) expect(card.shadowRoot!.childElementCount).to.equal(0);
      await Promise.all(cards.map((card) => card.updateComplete));
      for (const card of cards)
        expect(text(card.shadowRoot!.querySelector('h2'))).to.equal(en.card.heading);
    } finally {
      for (const card of cards) card.remove();
    }
  });
});

import { aTimeout, expect, fixture, html } from '@open-wc/testing';
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

  it('happens at once, in the task that added the widget, so the page never paints it empty', async () => {
    await aTimeout(10); // a fresh task, long after any other drawing
    const card = document.createElement('pinched-nerve-card');
    let nextTaskRan = false;
    document.body.append(card);
    setTimeout(() => (nextTaskRan = true));
    try {
      await card.updateComplete;
      expect(nextTaskRan, 'drawn in a later task').to.equal(false);
      expect(text(card.shadowRoot!.querySelector('h2'))).to.equal(en.card.heading);
    } finally {
      card.remove();
    }
  });
});

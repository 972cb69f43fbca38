import { aTimeout, expect } from '@open-wc/testing';
import '../../dist/pinched-nerve-widgets.js';
import { en } from '../helpers/english.js';
import { text } from '../helpers/text.js';

describe('a widget’s first drawing', () => {
  it('happens in a task of its own, so a page of widgets never blocks the main thread for long', async () => {
    await aTimeout(10); // a fresh task, long after any other drawing
    const cards = [1, 2].map(() => document.createElement('pinched-nerve-card'));
    document.body.append(...cards);
    try {
      // Still the task that added them: nothing drawn yet.
      expect(cards.map((c) => c.shadowRoot!.querySelector('h2'))).to.deep.equal([null, null]);
      // Each draws in a later task: when the first is drawn, the second is not yet.
      await cards[0]!.updateComplete;
      expect(text(cards[0]!.shadowRoot!.querySelector('h2'))).to.equal(en.card.heading);
      expect(cards[1]!.shadowRoot!.querySelector('h2')).to.equal(null);
      await cards[1]!.updateComplete;
      expect(text(cards[1]!.shadowRoot!.querySelector('h2'))).to.equal(en.card.heading);
    } finally {
      for (const card of cards) card.remove();
    }
  });

  it('shows the page’s fallback until then, so the page never paints it empty', async () => {
    await aTimeout(10);
    const card = document.createElement('pinched-nerve-card');
    const link = Object.assign(document.createElement('a'), {
      href: '#call',
      textContent: 'Call us',
    });
    card.append(link);
    document.body.append(card);
    try {
      expect(link.getBoundingClientRect().height, 'fallback shown before drawing').to.be.above(0);
      await card.updateComplete;
      expect(link.getBoundingClientRect().height, 'fallback hidden once drawn').to.equal(0);
      expect(text(card.shadowRoot!.querySelector('h2'))).to.equal(en.card.heading);
    } finally {
      card.remove();
    }
  });

  it('drawings after the first are at once, as Lit’s usual', async () => {
    const card = document.createElement('pinched-nerve-card');
    document.body.append(card);
    try {
      await card.updateComplete;
      let nextTaskRan = false;
      card.setAttribute('phone', '(555) 010-0000');
      setTimeout(() => (nextTaskRan = true));
      await card.updateComplete;
      expect(nextTaskRan, 'drawn in a later task').to.equal(false);
      expect(text(card.shadowRoot!.querySelector('[part=phone]'))).to.include('(555) 010-0000');
    } finally {
      card.remove();
    }
  });
});

import { aTimeout, expect } from '@open-wc/testing';
import '../../src/index.js';
import { en } from '../../src/content/en.js';
import { text } from '../helpers/text.js';

describe('a widget’s first drawing', () => {
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

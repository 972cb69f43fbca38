/**
 * Issue 24 §8: a page that gives a list thousands of items (a script gone wrong, a pasted
 * document) must not freeze the phone: 5,000 took 2 to 2.8 s to draw. The list shows at most
 * MAX_ITEMS, with one console warning naming the element. On the built files.
 */
import { expect } from '@open-wc/testing';
import '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { captureWarnings } from '../helpers/console.js';

const MAX_ITEMS = 100;
const COUNT = 5000;
const many = Array.from({ length: COUNT }, (_, i) => `Symptom number ${i + 1}`);

/** Draws a list from `fill` and returns it, with the warnings it gave. */
async function drawn(fill: (el: PinchedNerveSymptoms) => void, selectable: boolean) {
  const el = document.createElement('pinched-nerve-symptoms');
  el.setAttribute('region', 'lumbar');
  el.toggleAttribute('selectable', selectable);
  fill(el);
  const warnings = captureWarnings();
  try {
    document.body.append(el);
    await el.updateComplete;
  } finally {
    warnings.restore();
  }
  return { el, warnings: warnings.messages };
}

const ways: Record<string, (el: PinchedNerveSymptoms) => void> = {
  '<li> children': (el) => {
    for (const item of many)
      el.append(Object.assign(document.createElement('li'), { textContent: item }));
  },
  'plain-text lines': (el) => el.append(many.join('\n')),
  'the symptoms property': (el) => (el.symptoms = many),
};

describe(`a list given ${COUNT} items`, () => {
  afterEach(() => document.querySelectorAll('pinched-nerve-symptoms').forEach((el) => el.remove()));

  for (const [way, fill] of Object.entries(ways)) {
    for (const selectable of [false, true]) {
      it(`from ${way}${selectable ? ', selectable,' : ''} shows the first ${MAX_ITEMS} at once, with one warning`, async () => {
        const { el, warnings } = await drawn(fill, selectable);
        const shown = [...el.shadowRoot!.querySelectorAll(selectable ? 'label' : 'li')].map((n) =>
          n.textContent.trim(),
        );
        expect(shown).to.deep.equal(many.slice(0, MAX_ITEMS));
        expect(warnings, 'one warning').to.have.length(1);
        expect(warnings[0]).to.contain('<pinched-nerve-symptoms>').and.contain(String(COUNT));
        // The count above is the check: how long drawing takes depends on how busy the machine
        // is (before the cap 0.3 to 13 s, after it well under 1 s when idle), a matter for
        // `npm run bench`, not for a test that must hold on a busy machine (issue 27 §7).
      });
    }
  }
});

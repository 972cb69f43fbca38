import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import { en } from '../helpers/english.js';
import { captureWarnings } from '../helpers/console.js';
import { text } from '../helpers/text.js';

/** Names every object has, which a lookup in a plain object would find (`lang` is lowercased). */
const KEYS = ['constructor', '__proto__'];

describe('built-in languages', () => {
  for (const lang of KEYS) {
    it(`treats lang="${lang}" as an unknown language: English, one warning, no request, no error`, async () => {
      const warnings = captureWarnings();
      const errors = captureWarnings('error');
      const thrown: string[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
        thrown.push(String('reason' in e ? e.reason : e.message));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const before = performance.getEntriesByType('resource').length;
      try {
        const card = await fixture<PinchedNerveCard>(
          html`<pinched-nerve-card lang=${lang}></pinched-nerve-card>`,
        );
        await aTimeout(50); // a fetch, or its failure, would have begun by now
        await card.updateComplete;
        expect(text(card.shadowRoot!.querySelector('h2'))).to.equal(en.card.heading);
        expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(
          'en',
        );
        const requests = performance.getEntriesByType('resource').slice(before);
        expect(requests.map((r) => r.name)).to.deep.equal([]);
        expect(thrown).to.deep.equal([]);
        expect(errors.messages).to.deep.equal([]);
        expect(warnings.messages).to.deep.equal([
          `<pinched-nerve-card>: no words for lang="${lang}"; showing English. Add them with registerTranslation("${lang}", {...}).`,
        ]);
      } finally {
        warnings.restore();
        errors.restore();
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }
});

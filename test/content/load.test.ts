import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import { en } from '../helpers/english.js';
import { captureWarnings } from '../helpers/console.js';
import { watchFetches } from '../helpers/fetches.js';
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
      const fetches = watchFetches('');
      try {
        const card = await fixture<PinchedNerveCard>(
          html`<pinched-nerve-card lang=${lang}></pinched-nerve-card>`,
        );
        // The warning comes in a task after the drawing, which would have called fetch() for words.
        await waitUntil(() => warnings.messages.length > 0, 'no warning');
        await card.updateComplete;
        expect(text(card.shadowRoot!.querySelector('h2'))).to.equal(en.card.heading);
        expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(
          'en',
        );
        expect(fetches.urls, 'fetched').to.deep.equal([]);
        const requests = performance.getEntriesByType('resource').slice(before);
        expect(requests.map((r) => r.name)).to.deep.equal([]);
        expect(thrown).to.deep.equal([]);
        expect(errors.messages).to.deep.equal([]);
        expect(warnings.messages).to.deep.equal([
          `<pinched-nerve-card>: no words for lang="${lang}"; showing English. Add them with registerTranslation("${lang}", {...}).`,
        ]);
      } finally {
        fetches.restore();
        warnings.restore();
        errors.restore();
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }
});

import { expect } from '@open-wc/testing';
import { requireBundles } from './frame.js';

/**
 * Gzip budget for each script-tag bundle, in bytes, as the browser compresses it. Measured
 * November 2026 after the first cuts: 18,480 bytes at gzip -9 with all three elements (Lit's
 * core alone is 5.9 kB of that, the words 3.0 kB, the CSS 1.9 kB). Issue #5's target is 14,000;
 * this budget only stops the bundle growing while it is worked down. Lower it with each cut;
 * raise it only on purpose, in the commit that needs the bytes.
 *
 * Raised from 19,000 for languages (issue #6): choosing a widget's language, registering and
 * merging translations, fetching Spanish, redrawing and carrying ticks across languages cost
 * about 1,100 bytes. The Spanish words themselves are not in the bundle (locales/es.json,
 * 2.8 kB, only for Spanish pages). Then lowered: shorter internal names in the bundles (200 B)
 * and tighter CSS (36 B). WebKit's gzip is about 170 bytes larger than Chromium's and Firefox's:
 * the budget holds in all three.
 */
const BUDGET = 19_900;

async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('the bundles’ size', () => {
  before(requireBundles);

  for (const file of ['pinched-nerve-widgets.js', 'pinched-nerve-widgets.iife.js']) {
    it(`keeps ${file} within ${BUDGET / 1000} kB gzip`, async () => {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const size = await gzipSize(bytes);
      expect(size, `${file} is ${size} bytes gzip`).to.be.at.most(BUDGET);
    });
  }
});

import { expect } from '@open-wc/testing';
import { requireBundles } from './frame.js';

/**
 * Gzip budget for each script-tag bundle, in bytes: ~15% over the size with all three elements
 * (November 2026: 56.2 kB minified, 19.1 kB gzip in Chromium and Firefox, 19.2 kB in WebKit,
 * whose gzip differs slightly). Raise it on purpose, in the commit that needs the bytes.
 */
const BUDGET = 22_000;

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

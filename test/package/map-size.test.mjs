// The size budget of the nerve-root map's own bundles (issue 18), measured as size.test.mjs
// measures the all-in-one: gzip at level 9 with Node's zlib. Needs a build (`npm test` builds
// first). The map is not in the all-in-one, so its bytes reach only pages that show it; Lit and
// the shared base are in both files, which is most of this figure (the card alone is 12.5 kB).
//
// History: 15,100 at first (14.9 kB measured).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const BUDGET = 15_100;

for (const file of ['map.js', 'map.iife.js']) {
  test(`dist/${file} is at most ${BUDGET} bytes at gzip -9`, () => {
    const code = readFileSync(new URL(`../../dist/${file}`, import.meta.url));
    const size = gzipSync(code, { level: 9 }).length;
    assert.ok(size <= BUDGET, `dist/${file} is ${size} bytes at gzip -9, over ${BUDGET}`);
  });
}

test('the all-in-one bundle does not carry the map', () => {
  const code = readFileSync(
    new URL('../../dist/pinched-nerve-widgets.js', import.meta.url),
    'utf8',
  );
  assert.ok(!code.includes('pinched-nerve-map'), 'dist/pinched-nerve-widgets.js defines the map');
});

// `npm run bench` builds the bundles' configurations in memory (its breakdown of where the bytes
// go). Once, a plugin's build start deleted dist/shared-<hash>.js each time, so after a bench
// every per-element module of dist/ imported a chunk that was gone.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('building the configurations in memory leaves dist/ as it was', async () => {
  process.chdir(root);
  const chunk = readFileSync('dist/card.js', 'utf8').match(/shared-[\w-]+\.js/)?.[0];
  assert.ok(chunk && existsSync(`dist/${chunk}`), `dist/card.js imports ${chunk}, which exists`);
  const { default: configs } = await import(new URL('rollup.config.mjs', `file://${root}`).href);
  for (const config of configs.slice(0, 2)) {
    const bundle = await rollup({ ...config, onwarn: () => {} });
    const [output] = [config.output].flat();
    await bundle.generate({ ...output, plugins: [] });
    await bundle.close();
  }
  assert.ok(existsSync(`dist/${chunk}`), `dist/${chunk} is still there`);
});

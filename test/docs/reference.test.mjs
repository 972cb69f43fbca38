// docs/reference.md is generated from custom-elements.json: it must be what the generator makes
// of the committed manifest now, so the manual's tables never go stale.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { REFERENCE, reference } from '../../scripts/generate-reference.mjs';

const root = new URL('../../', import.meta.url);

test(`${REFERENCE} is current with custom-elements.json`, async () => {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const committed = readFileSync(new URL(REFERENCE, root), 'utf8');
  assert.ok(
    committed === (await reference(manifest)),
    `${REFERENCE} is stale: run \`npm run analyze\` and commit it`,
  );
});

test(`${REFERENCE} documents every element, attribute, event and part`, async () => {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const text = await reference(manifest);
  const row = (name) => new RegExp(`^\\| \`${name}\` +\\|`, 'm');
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      assert.ok(text.includes(`## \`<${d.tagName}>\``), d.tagName);
      for (const a of d.attributes ?? []) assert.match(text, row(a.name));
      for (const e of d.events ?? []) assert.match(text, row(e.name));
      for (const p of d.cssParts ?? []) assert.match(text, row(p.name));
    }
});

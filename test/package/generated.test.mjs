// The files scripts/generate-from-manifest.mjs builds into dist/ (JSX types, editor data) are
// current: the same bytes the generator makes from today's custom-elements.json, which in turn
// `npm run analyze:check` holds to the sources. Needs a build (`npm test` builds first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  elementsOf,
  enumValues,
  generate,
  readInputs,
} from '../../scripts/generate-from-manifest.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { manifest, pkg } = readInputs(ROOT);
const expected = generate(manifest, pkg);
const elements = elementsOf(manifest);

test('every generated file in dist/ matches the manifest', () => {
  for (const [path, text] of expected) {
    const file = join(ROOT, path);
    assert.ok(existsSync(file), `${path} is missing: run \`npm run build\``);
    assert.equal(
      readFileSync(file, 'utf8'),
      text,
      `${path} is stale: run \`npm run build\` (or \`npm run build:from-manifest\`)`,
    );
  }
});

test('the manifest describes the four elements', () => {
  assert.deepEqual(
    elements.map((el) => el.tag),
    ['pinched-nerve-card', 'pinched-nerve-check', 'pinched-nerve-map', 'pinched-nerve-symptoms'],
  );
});

test('VS Code data: every tag, every attribute, and the values of enumerated ones', () => {
  const data = JSON.parse(expected.get('dist/vscode.html-custom-data.json'));
  assert.equal(data.version, 1.1);
  for (const el of elements) {
    const tag = data.tags.find((t) => t.name === el.tag);
    assert.ok(tag, `no <${el.tag}> in the VS Code data`);
    assert.match(tag.description.value, new RegExp(el.summary.replace(/[.?*+()[\]]/g, '\\$&')));
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      el.attributes.map((a) => a.name),
    );
    for (const event of el.events) assert.match(tag.description.value, new RegExp(event.name));
  }
  const attribute = (tag, name) =>
    data.tags.find((t) => t.name === tag).attributes.find((a) => a.name === name);
  const values = (tag, name) => attribute(tag, name).values?.map((v) => v.name);
  assert.deepEqual(values('pinched-nerve-card', 'region'), ['both', 'cervical', 'lumbar']);
  assert.deepEqual(values('pinched-nerve-card', 'layout'), ['auto', 'columns', 'stacked']);
  assert.deepEqual(values('pinched-nerve-check', 'method'), ['post', 'put']);
  assert.deepEqual(values('pinched-nerve-check', 'encoding'), ['json', 'form', 'multipart']);
  assert.deepEqual(values('pinched-nerve-check', 'region'), ['cervical', 'lumbar', 'both']);
  assert.deepEqual(values('pinched-nerve-symptoms', 'region'), ['cervical', 'lumbar']);
  assert.deepEqual(values('pinched-nerve-check', 'heading-level'), ['1', '2', '3', '4', '5', '6']);
  assert.equal(attribute('pinched-nerve-symptoms', 'selectable').valueSet, 'v');
  assert.equal(values('pinched-nerve-check', 'endpoint'), undefined);
});

test('internal state is neither an attribute nor a JSX prop', () => {
  const check = elements.find((el) => el.tag === 'pinched-nerve-check');
  const names = [...check.attributes.map((a) => a.name), ...check.properties.map((p) => p.name)];
  for (const internal of ['values', 'errors', 'status', 'step', 'trap']) {
    assert.ok(!names.includes(internal), `${internal} is offered as API`);
  }
  for (const file of ['dist/jsx-react.d.ts', 'dist/jsx-preact.d.ts']) {
    assert.doesNotMatch(expected.get(file), /\btrap\?:/);
  }
});

test('enumerated attributes come from the manifest, not from guesses', () => {
  const card = elements.find((el) => el.tag === 'pinched-nerve-card');
  assert.deepEqual(
    card.attributes.filter(enumValues).map((a) => a.name),
    ['region', 'heading-level', 'layout'],
  );
});

test('CSS data lists every --pnw-* custom property once', () => {
  const data = JSON.parse(expected.get('dist/vscode.css-custom-data.json'));
  const documented = new Set(elements.flatMap((el) => el.cssProperties.map((p) => p.name)));
  assert.deepEqual(new Set(data.properties.map((p) => p.name)), documented);
});

test('the classic bundle exposes the global its types declare', () => {
  const bundle = readFileSync(join(ROOT, 'dist/pinched-nerve-widgets.iife.js'), 'utf8');
  const declared = expected.get('dist/pinched-nerve-widgets.iife.d.ts').match(/\bvar (\w+):/)[1];
  assert.match(bundle, new RegExp(`\\bvar ${declared}=`));
});

// Issue 24 §7: every event the widgets fire is classed in docs/analytics-privacy.md as carrying
// personal or health data or not; the privacy warnings name every one that does (the map's
// chosen nerve root says where the patient feels symptoms: health data), no guide calls such an
// event safe, and the analytics examples forward only the safe ones.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const sources = (dir) =>
  readdirSync(new URL(dir, root), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => read(`${dir}/${f}`));

const fired = new Set(
  sources('src').flatMap((s) =>
    [...s.matchAll(/@fires \{[^}]*\} (pinched-nerve-[a-z-]+)/g)].map((m) => m[1]),
  ),
);
const privacy = read('docs/analytics-privacy.md');
/** The events table: name -> whether it carries personal or health data. */
const classed = new Map(
  [
    ...privacy.matchAll(/^\| `(pinched-nerve-[a-z-]+)` +\|.*\| *(\*\*YES\*\*|no\b[^|]*) *\|$/gm),
  ].map((m) => [m[1], m[2] === '**YES**']),
);

test('the widgets fire the events the test knows of', () => {
  assert.ok(fired.has('pinched-nerve-map-change') && fired.size >= 8, [...fired].join(', '));
});

test('docs/analytics-privacy.md classes every event the widgets fire', () => {
  for (const name of fired) assert.ok(classed.has(name), `${name} is not in the events table`);
  assert.equal(
    classed.get('pinched-nerve-map-change'),
    true,
    'the chosen nerve root is health data',
  );
});

test('the privacy warnings name every event that carries health data, and no guide calls one safe', () => {
  const sensitive = [...classed].filter(([, yes]) => yes).map(([name]) => name);
  const warning = privacy.match(/^> \*\*Privacy warning\.\*\*.*$/m)?.[0] ?? '';
  for (const name of sensitive)
    assert.ok(warning.includes(`\`${name}\``), `the warning leaves out ${name}`);
  const frameworks = read('docs/frameworks.md').match(/^> \*\*Privacy\.\*\*.*$/m)?.[0] ?? '';
  for (const name of sensitive)
    assert.ok(
      frameworks.includes(name.replace('pinched-nerve', '')) || frameworks.includes(name),
      `docs/frameworks.md's privacy note leaves out ${name}`,
    );
  for (const file of ['README.md', ...readdirSync(new URL('docs', root)).map((f) => `docs/${f}`)]) {
    if (!file.endsWith('.md')) continue;
    const text = read(file);
    for (const name of sensitive) {
      for (const row of text.split('\n').filter((l) => l.startsWith(`| \`${name}\``)))
        assert.doesNotMatch(row, /no personal data|safe to forward/i, `${file}: ${row}`);
      const prose = text
        .split('\n')
        .filter((l) => !l.startsWith('|'))
        .join('\n');
      for (const sentence of prose.split(/(?<=\.)\s/).filter((t) => /safe to forward/i.test(t)))
        assert.ok(!sentence.includes(name), `${file} calls ${name} safe: ${sentence}`);
    }
  }
});

test('the analytics examples forward only events that carry no personal or health data', () => {
  const examples = [
    read('demo/analytics-log.js'),
    ...privacy.matchAll(/```(?:html|js)\n([\s\S]*?)```/g),
  ].map((m) => (typeof m === 'string' ? m : m[1]));
  for (const code of examples)
    for (const [, name] of code.matchAll(/addEventListener\(\s*['"](pinched-nerve-[a-z-]+)['"]/g))
      assert.equal(classed.get(name), false, `an analytics example forwards ${name}`);
});

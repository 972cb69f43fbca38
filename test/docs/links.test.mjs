// Every relative link in the README and docs/ leads somewhere: the file exists and, when the
// link names a heading (#anchor), that file has the heading. The manual is split over several
// files, so a moved section must not leave a dead link behind.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manuals = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

/** The headings' anchors of a Markdown file, outside code blocks. */
function anchorsOf(file) {
  const text = readFileSync(join(root, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.*)$/gm)].map((m) => slug(m[1])));
}

for (const manual of manuals) {
  test(`${manual}: every relative link and anchor resolves`, () => {
    const text = readFileSync(join(root, manual), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    const dead = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|tel:)/.test(target)) continue;
      // The README's link to the release zip, as GitHub resolves it: the repository's Releases.
      if (manual === 'README.md' && target.startsWith('../../releases')) continue;
      const [path, anchor] = target.split('#');
      const file = path ? normalize(join(dirname(manual), path)) : manual;
      if (!existsSync(join(root, file))) dead.push(`${target}: no file ${file}`);
      else if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor))
        dead.push(`${target}: ${file} has no heading #${anchor}`);
    }
    assert.deepEqual(dead, []);
  });
}

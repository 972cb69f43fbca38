// The React, Next.js and Vue examples of docs/frameworks.md, type-checked as a user's project
// does with the package installed: tsc with React 19's own typings (the settings of Vite's
// react-ts template, strict), and vue-tsc on the Vue example's `<script setup lang="ts">` (the
// settings of the vue-ts template). The examples are read from the page itself, so the page
// cannot drift from what compiles. The Next.js component must also be the one
// test/frameworks/next.test.ts renders on a server and hydrates. Needs a build.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const vueTsc = require.resolve('vue-tsc/bin/vue-tsc.js');
const page = readFileSync(join(ROOT, 'docs/frameworks.md'), 'utf8');

/** The code blocks of one language under a `## heading` of docs/frameworks.md, in order. */
function blocks(heading, lang) {
  const start = page.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `docs/frameworks.md has no "## ${heading}"`);
  const end = page.indexOf('\n## ', start + 1);
  const section = page.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map(
    (m) => m[1],
  );
}

let dir;
const link = (from, name) => {
  mkdirSync(join(dir, 'node_modules', name, '..'), { recursive: true });
  symlinkSync(join(from, name), join(dir, 'node_modules', name), 'dir');
};

before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/jsx-react.d.ts')), 'run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'pnw-docs-types-'));
  // The package as installed: what ships, found by name through its exports.
  const installed = join(dir, 'node_modules', 'pinched-nerve-widgets');
  mkdirSync(installed, { recursive: true });
  for (const name of ['package.json', 'dist', 'custom-elements.json'])
    symlinkSync(join(ROOT, name), join(installed, name));
  const modules = join(ROOT, 'node_modules');
  for (const name of [
    'lit',
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    '@types/trusted-types',
  ])
    link(modules, name);
  for (const name of ['react', 'react-dom', '@types/react', '@types/react-dom', 'csstype', 'vue'])
    link(modules, name);
  for (const name of [
    'runtime-core',
    'runtime-dom',
    'reactivity',
    'shared',
    'compiler-core',
    'compiler-dom',
    'compiler-sfc',
    'compiler-ssr',
    'server-renderer',
  ])
    link(modules, `@vue/${name}`);
  mkdirSync(join(dir, 'src'));
  // The opt-in the TypeScript section asks for.
  writeFileSync(
    join(dir, 'src/custom-elements.d.ts'),
    "import type {} from 'pinched-nerve-widgets/jsx-react';\n",
  );
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const common = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'bundler',
  strict: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noFallthroughCasesInSwitch: true,
  skipLibCheck: true,
  noEmit: true,
  isolatedModules: true,
  moduleDetection: 'force',
  types: [],
};

function check(bin, name, compilerOptions, include) {
  const config = join(dir, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions, include }));
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [bin, '-p', config, '--pretty', 'false'],
      { cwd: dir, encoding: 'utf8' },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${name}: type errors:\n${stdout}${stderr}`)) : resolve(),
    ),
  );
}

describe('the examples of docs/frameworks.md type-check', { concurrency: true }, () => {
  test('the Next.js component is test/frameworks/next/candidate-check.tsx, word for word', () => {
    const [component] = blocks('Next.js (App Router)', 'tsx');
    assert.equal(
      component,
      readFileSync(join(ROOT, 'test/frameworks/next/candidate-check.tsx'), 'utf8'),
    );
  });

  test('React and Next.js, with tsc and React 19’s typings', () => {
    const [react] = blocks('React', 'tsx');
    const [component, nextPage] = blocks('Next.js (App Router)', 'tsx');
    assert.ok(react && component && nextPage, 'the React and Next.js examples');
    mkdirSync(join(dir, 'src/react'));
    mkdirSync(join(dir, 'src/next'));
    writeFileSync(join(dir, 'src/react/candidate-check.tsx'), react);
    writeFileSync(join(dir, 'src/next/candidate-check.tsx'), component);
    writeFileSync(join(dir, 'src/next/page.tsx'), nextPage);
    return check(tsc, 'react', { ...common, jsx: 'react-jsx' }, [
      'src/custom-elements.d.ts',
      'src/react',
      'src/next',
    ]);
  });

  test('Vue, with vue-tsc on the <script setup lang="ts"> example', () => {
    const [sfc] = blocks('Vue 3', 'vue');
    assert.match(sfc, /<script setup lang="ts">/);
    mkdirSync(join(dir, 'src/vue'));
    writeFileSync(join(dir, 'src/vue/CandidateCheck.vue'), sfc);
    return check(vueTsc, 'vue', { ...common, jsx: 'preserve' }, ['src/vue/*.vue']);
  });
});

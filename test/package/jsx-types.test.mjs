// The generated JSX types (pinched-nerve-widgets/jsx-react and /jsx-preact) and the package's
// own declarations, type-checked the way a user's project sees them: the fixtures in
// fixtures/jsx/ import the package by name, through its `exports`, with skipLibCheck off so an
// error inside a shipped .d.ts (say, an event the manifest documents but no type declares) fails.
// Each `@ts-expect-error` in the fixtures must be an error, and nothing else may be.
//
// React and Preact are not dependencies, so by default the frameworks' typings are the
// stand-ins in jsx-stubs.mjs. To check against the real ones, install them outside the
// repository and point JSX_TYPES_FROM at that directory:
//
//   mkdir -p /tmp/jsxcheck && cd /tmp/jsxcheck && npm init -y && npm i @types/react@19 preact
//   JSX_TYPES_FROM=/tmp/jsxcheck node --test test/package/jsx-types.test.mjs
//
// Needs a build (`npm test` builds first).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { preactStub, reactStub } from './jsx-stubs.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/jsx/', import.meta.url));
const REAL = process.env.JSX_TYPES_FROM;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let dir;

const compilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  jsx: 'react-jsx',
  // The package is a symlink to this repository; resolve from where it is "installed", so its
  // .d.ts files find react and preact in the scratch node_modules, as they would in a project.
  preserveSymlinks: true,
};

function writeStub(name, files) {
  const target = join(dir, 'node_modules', name);
  mkdirSync(target, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(target, file), text);
}

before(() => {
  for (const file of ['jsx-react.d.ts', 'jsx-preact.d.ts', 'lib/index.d.ts']) {
    assert.ok(
      existsSync(join(ROOT, 'dist', file)),
      `dist/${file} is missing: run \`npm run build\` first`,
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'pnw-jsx-'));
  mkdirSync(join(dir, 'node_modules'));
  // The package as installed: by name, through its package.json `exports`. Only what ships,
  // not the repository's node_modules, where its own dev dependency @types/react would meet
  // its .d.ts files before the project's React does.
  const installed = join(dir, 'node_modules', 'pinched-nerve-widgets');
  mkdirSync(installed);
  for (const name of ['package.json', 'dist', 'custom-elements.json'])
    symlinkSync(join(ROOT, name), join(installed, name));
  // Its dependency, Lit, installed beside it as npm hoists it.
  mkdirSync(join(dir, 'node_modules', '@types'));
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit', '@types/trusted-types'])
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  if (REAL) {
    // Everything installed there (@types/react needs csstype, say), but this package.
    for (const name of readdirSync(join(REAL, 'node_modules'))) {
      if (name === 'pinched-nerve-widgets' || name.startsWith('.')) continue;
      symlinkSync(join(REAL, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
    }
  } else {
    writeStub('react', reactStub);
    writeStub('preact', preactStub);
  }
  cpSync(FIXTURES, join(dir, 'src'), { recursive: true });
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs tsc on the fixtures with the given options; resolves to its output, or rejects with it. */
function typeCheck(name, files, options = {}) {
  const config = join(dir, `tsconfig.${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }),
  );
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [tsc, '-p', config, '--pretty', 'false'],
      { cwd: dir, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        const typings = REAL ? `real typings from ${REAL}` : 'stand-in typings';
        reject(new Error(`tsc found errors (${typings}):\n${stdout}${stderr}`));
      },
    );
  });
}

// Three separate compilations (each its own JSX settings), run side by side.
describe('generated and shipped types', { concurrency: true }, () => {
  test('React 19 JSX: attributes, enumerated values, properties, typed events and refs', () =>
    typeCheck('react', ['src/react.tsx']));

  test('Preact JSX: the same props through JSX.IntrinsicElements', () =>
    typeCheck('preact', ['src/preact.tsx'], { jsxImportSource: 'preact' }));

  test('the tag map, event map and bundle entries type-check without a framework', () =>
    typeCheck('tags', ['src/tag-map.tsx']));
});

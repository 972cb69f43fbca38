// The package's Spanish words (dist/lib/content/locales/) in an app built with Vite and with
// esbuild, as docs/languages.md ("npm and bundlers") says: Vite copies each file into the build
// as a file, never a data: URL (which `connect-src 'self'` blocks); esbuild copies nothing, and
// the one copy step the page gives puts every file where the bundle looks. Needs a build.
import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PARTS = ['card', 'symptoms', 'check', 'map'];
let dir;

before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/lib/content/load.js')), 'run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'pnw-bundlers-'));
  // An app with the package installed (what ships, by name) and Lit beside it.
  const installed = join(dir, 'node_modules', 'pinched-nerve-widgets');
  mkdirSync(installed, { recursive: true });
  for (const name of ['package.json', 'dist']) symlinkSync(join(ROOT, name), join(installed, name));
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit'])
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  writeFileSync(
    join(dir, 'main.js'),
    "import 'pinched-nerve-widgets';\nimport 'pinched-nerve-widgets/map';\n",
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="es"><script type="module" src="./main.js"></script><pinched-nerve-card></pinched-nerve-card></html>\n',
  );
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const files = (folder) =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => !f.endsWith('.map'));

test('Vite copies each Spanish file into the build as a file, none as a data: URL', async () => {
  const outDir = join(dir, 'vite-out');
  await vite({ root: dir, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const out = files(outDir);
  const code = out
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(outDir, f), 'utf8'))
    .join('\n');
  assert.doesNotMatch(code, /data:application\/json/, 'a locale inlined as a data: URL');
  for (const part of PARTS) {
    const emitted = out.find((f) => new RegExp(`(^|/)${part}-[\\w-]+\\.json$`).test(f));
    assert.ok(emitted, `locales/es/${part}.json is not among ${out.join(', ')}`);
    // The bundle names the file it emitted, and its words are the package's.
    assert.ok(code.includes(emitted.split('/').pop()), `the bundle does not name ${emitted}`);
    assert.deepEqual(
      JSON.parse(readFileSync(join(outDir, emitted), 'utf8')),
      JSON.parse(readFileSync(join(ROOT, `dist/lib/content/locales/es/${part}.json`), 'utf8')),
    );
  }
});

test('esbuild, with the copy step docs/languages.md gives, finds every file where the bundle looks', async () => {
  const outdir = join(dir, 'esbuild-out');
  await esbuild({
    entryPoints: [join(dir, 'main.js')],
    absWorkingDir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir,
    logLevel: 'silent',
  });
  // The documented step: the package's dist/locales/ folder to <outdir>/locales/.
  cpSync(join(dir, 'node_modules/pinched-nerve-widgets/dist/locales'), join(outdir, 'locales'), {
    recursive: true,
  });
  let found = 0;
  for (const file of files(outdir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(outdir, file), 'utf8');
    for (const [, path] of code.matchAll(
      /new URL\("(\.\/locales\/[^"?]+)(?:\?[^"]*)?",import\.meta\.url\)/g,
    )) {
      found++;
      const target = join(dirname(join(outdir, file)), path);
      assert.ok(
        existsSync(target),
        `${file} looks for ${path}, which the copy step did not put there`,
      );
    }
  }
  assert.equal(found, PARTS.length, 'the bundle’s locale URLs');
});

// `npm run analyze:check`: fails when the committed custom-elements.json no longer matches the
// sources' JSDoc, so editors and docs never read a stale manifest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const committedPath = 'custom-elements.json';

/** Runs the analyzer with the project's config into a scratch directory and returns the manifest. */
function freshManifest() {
  const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  const outdir = mkdtempSync(join(tmpdir(), 'cem-check-'));
  try {
    // The analyzer joins --outdir onto the working directory, so it must be relative.
    const args = [cem, 'analyze', '--quiet', '--outdir', relative(process.cwd(), outdir)];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the analyzer failed:\n${run.stderr || run.stdout}`);
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function readCommitted() {
  try {
    return JSON.parse(readFileSync(committedPath, 'utf8'));
  } catch {
    return null;
  }
}

/** One line per module whose entry differs, so the message says where to look. */
function changedModules(committed, fresh) {
  const byPath = (m) => new Map((m?.modules ?? []).map((mod) => [mod.path, mod]));
  const [before, after] = [byPath(committed), byPath(fresh)];
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((p) => !isDeepStrictEqual(before.get(p), after.get(p)))
    .map((p) => `  ${!before.has(p) ? 'added  ' : !after.has(p) ? 'removed' : 'changed'} ${p}`);
}

const fresh = freshManifest();
const committed = readCommitted();
if (!isDeepStrictEqual(fresh, committed)) {
  console.error(
    committed === null
      ? `analyze:check: ${committedPath} is missing or not valid JSON.`
      : `analyze:check: ${committedPath} is stale; the sources now differ in:\n` +
          (changedModules(committed, fresh).join('\n') || '  (top-level fields)'),
  );
  console.error('Run `npm run analyze` and commit custom-elements.json.');
  process.exitCode = 1;
}

// `npm start`'s first step: runs `npm run build` only when dist/ is missing or older than what
// it is built from (src/, wordpress/, the build scripts and configs), so a second `npm start`
// serves at once instead of rebuilding for a minute. `npm run build` always rebuilds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = [
  'src',
  'wordpress',
  'scripts',
  'package.json',
  'package-lock.json',
  'rollup.config.mjs',
  'tsconfig.build.json',
  'custom-elements-manifest.config.mjs',
];
// One file from each build step: tsc, Rollup, the manifest's JSX types, the WordPress zip.
const OUTPUTS = [
  'dist/lib/index.js',
  'dist/pinched-nerve-widgets.js',
  'dist/jsx-react.d.ts',
  'dist/wordpress/pinched-nerve-widgets.zip',
];

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(full, { recursive: true }).map((f) => statSync(join(full, String(f))).mtimeMs),
  );
}

const missing = OUTPUTS.filter((f) => !existsSync(join(ROOT, f)));
const built = missing.length ? 0 : Math.min(...OUTPUTS.map((f) => statSync(join(ROOT, f)).mtimeMs));
const changed = INPUTS.filter((path) => newest(path) > built);

if (!missing.length && !changed.length) {
  console.log(
    'dist/ is newer than src/ and the build files: serving it as it is (`npm run build` rebuilds).',
  );
} else {
  console.log(
    `Building, since ${missing.length ? `${missing[0]} is missing` : `${changed.join(', ')} changed`}. This takes about a minute; each step prints its name.`,
  );
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

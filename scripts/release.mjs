// `npm run release`: writes release/pinched-nerve-widgets-<version>.zip, what a clinic downloads:
// the script-tag bundles with their locales and formats, the WordPress plugin's zip, the snippet
// builder, an example page that opens from disk, the licence, the attribute reference and a
// short plain-text guide (scripts/release/GUIDE.txt; test/package/release.test.mjs checks that
// it names what the zip holds). Run after `npm run build` (the npm script does both).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path));

/** Every file under `dir`, as paths relative to the project. */
const filesUnder = (dir) =>
  readdirSync(join(ROOT, dir), { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(join(ROOT, f)).isFile());

/** The files a page loads from dist/: the bundles, their shared chunks and the locales. */
function bundleFiles() {
  const top = readdirSync(join(ROOT, 'dist')).filter(
    (f) => f.endsWith('.js') && !f.startsWith('jsx-') && statSync(join(ROOT, 'dist', f)).isFile(),
  );
  if (!top.includes('pinched-nerve-widgets.js'))
    throw new Error('dist/ has no bundles: run `npm run build` first');
  const folders = ['locales', 'formats'].filter((d) => existsSync(join(ROOT, 'dist', d)));
  return [
    ...top.map((f) => `dist/${f}`),
    ...folders.flatMap((d) => filesUnder(`dist/${d}`)).filter((f) => !f.endsWith('.map')),
  ];
}

export function releaseEntries() {
  const { version } = JSON.parse(read('package.json'));
  const folder = `pinched-nerve-widgets-${version}`;
  const entries = [];
  const add = (name, data) => entries.push({ name: `${folder}/${name}`, data });
  for (const file of bundleFiles()) add(file, read(file));
  const plugin = 'dist/wordpress/pinched-nerve-widgets.zip';
  if (existsSync(join(ROOT, plugin))) add('wordpress/pinched-nerve-widgets.zip', read(plugin));
  // The builder finds the classic bundle at ../dist/, as it does on the demo server.
  for (const file of [
    'builder.html',
    'builder-rules.js',
    'builder.js',
    'builder.css',
    'favicon.svg',
  ])
    add(`builder/${file}`, read(`demo/${file}`));
  add('example.html', read('demo/example.html'));
  add('example.css', read('demo/example.css'));
  add('LICENSE', read('LICENSE'));
  // Every attribute, event and style hook, generated from the manifest; it links nowhere else.
  add('REFERENCE.md', read('docs/reference.md'));
  add(
    'GUIDE.txt',
    Buffer.from(
      read('scripts/release/GUIDE.txt').toString('utf8').replaceAll('{version}', version),
    ),
  );
  return { version, entries };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { version, entries } = releaseEntries();
  mkdirSync(join(ROOT, 'release'), { recursive: true });
  const out = join(ROOT, 'release', `pinched-nerve-widgets-${version}.zip`);
  // One date on every entry, so the same build gives the same zip.
  const archive = zipSync(Object.fromEntries(entries.map((e) => [e.name, e.data])), {
    level: 9,
    mtime: new Date(2026, 0, 1),
    os: 3, // Unix: every entry a regular file, rw-r--r--
    attrs: 0o100644 << 16,
  });
  writeFileSync(out, archive);
  console.log(
    `${relative(ROOT, out)}: ${entries.length} files, ${(archive.length / 1024).toFixed(1)} kB`,
  );
}

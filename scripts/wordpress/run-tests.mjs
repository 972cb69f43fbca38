// `npm run test:wordpress`: starts a real WordPress (site.mjs) with the plugin installed from
// dist/wordpress/pinched-nerve-widgets.zip, runs test/wordpress/ against it with `node --test`,
// and stops it. The tests find the site through PNW_WORDPRESS (JSON). Build first
// (`npm run build`); `npm test` does.
//
// Without arguments it runs two WordPress versions, as clinics run both: every test on Debian's
// 6.1 (classic themes, the classic bundles) in the engines BROWSERS names, then the tests of what
// must hold everywhere (who decides where answers go, pasted widgets, the relay, the classic
// editor) on 6.7-alpha from @wp-playground/wordpress-builds (the block theme, script modules),
// in Chromium. `--wordpress=nightly` (or 6.1, 6.5, beta) and file names run just those.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startSite } from './site.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const zip = `${ROOT}dist/wordpress/pinched-nerve-widgets.zip`;
if (!existsSync(zip)) {
  console.error(`test:wordpress: ${zip} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

/** The tests that run on every version: what must hold on whichever WordPress a clinic runs. */
const EVERYWHERE = [
  'test/wordpress/destination.test.mjs',
  'test/wordpress/relay.test.mjs',
  'test/wordpress/classic.test.mjs',
];

const args = process.argv.slice(2);
const chosen = args.find((a) => a.startsWith('--wordpress='))?.slice('--wordpress='.length);
const files = args.filter((a) => !a.startsWith('--'));
const runs = chosen
  ? [{ wordpress: chosen, files }]
  : files.length
    ? [{ wordpress: '6.1', files }]
    : [
        { wordpress: '6.1', files: ['test/wordpress/'] },
        {
          wordpress: 'nightly',
          files: EVERYWHERE,
          browsers: process.env.BROWSERS === undefined ? 'chromium' : undefined,
        },
      ];

let site;
process.on('exit', () => site?.stop());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

const started = Date.now();
let status = 0;
for (const { wordpress, files: which, browsers } of runs) {
  const began = Date.now();
  site = await startSite({ zip, wordpress });
  console.log(
    `test:wordpress: WordPress ${site.version} ready at ${site.url} in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', ...(which.length ? which : ['test/wordpress/'])],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...(browsers ? { BROWSERS: browsers } : {}),
        PNW_WORDPRESS: JSON.stringify({
          url: site.url,
          root: site.root,
          dir: site.dir,
          users: site.users,
          version: site.version,
        }),
      },
    },
  );
  site.stop();
  site = undefined;
  console.log(
    `test:wordpress: WordPress ${wordpress}: ${((Date.now() - began) / 1000).toFixed(1)} s, exit ${run.status}`,
  );
  if (run.status !== 0) status = run.status ?? 1;
}
console.log(`test:wordpress: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
process.exit(status);

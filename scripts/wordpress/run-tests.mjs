// `npm run test:wordpress`: starts a real WordPress (site.mjs) with the plugin installed from
// dist/wordpress/pinched-nerve-widgets.zip, runs test/wordpress/ against it with `node --test`,
// and stops it. The tests find the site through PNW_WORDPRESS (JSON). Build first
// (`npm run build`); `npm test` does.
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

const started = Date.now();
const site = await startSite({ zip });
const stop = () => site.stop();
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));
console.log(
  `test:wordpress: WordPress ready at ${site.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

const files = process.argv.slice(2);
const run = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', ...(files.length ? files : ['test/wordpress/'])],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      PNW_WORDPRESS: JSON.stringify({
        url: site.url,
        root: site.root,
        dir: site.dir,
        users: site.users,
      }),
    },
  },
);
console.log(`test:wordpress: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
process.exit(run.status ?? 1);

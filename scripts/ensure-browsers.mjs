// Runs before `npm test`: the suite needs Chromium, Firefox and WebKit, never fewer.
// On Debian as root it installs what is missing (and says so); elsewhere it names what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browsers, engines } from './browsers.mjs';

// `npm test` runs all three; BROWSERS=chromium (say) narrows a development run, and this check with it.
const needs = {
  chromium: ['chromium'],
  firefox: ['firefox'],
  webkit: ['webkitDriver', 'webkit', 'xvfb'],
};
const wanted = new Set(engines.flatMap((engine) => needs[engine] ?? []));
const missing = Object.entries(browsers).filter(
  ([name, b]) => wanted.has(name) && !existsSync(b.path),
);
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.flatMap(([, b]) => b.debian))];
const list = missing.map(([name, b]) => `  ${name}: ${b.path}`).join('\n');
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (isRoot && hasApt) {
  console.log(
    `pretest: missing browsers:\n${list}\npretest: installing Debian packages: ${packages.join(' ')}`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = missing.filter(([, b]) => !existsSync(b.path));
  if (still.length === 0) process.exit(0);
  console.error(
    `pretest: still missing after install:\n${still.map(([n, b]) => `  ${n}: ${b.path}`).join('\n')}`,
  );
  process.exit(1);
}

console.error(`The tests run in Chromium, Firefox and WebKit, and these are missing:
${list}
On Debian or Ubuntu, install them with:
  sudo apt-get install -y ${packages.join(' ')}
Elsewhere, point these variables at your own builds: CHROME_PATH, FIREFOX_PATH,
WEBKIT_DRIVER_PATH (WebKitWebDriver), WEBKIT_BROWSER_PATH (MiniBrowser), XVFB_RUN_PATH.`);
process.exit(1);

// A real WordPress for the tests, in a folder of its own: MariaDB from its own data directory on
// a unix socket, WordPress with its own wp-config.php, installed in PHP (install.php), served by
// `php -S` on a free port. WordPress is Debian's 6.1 (copied with cp -rL from
// /usr/share/wordpress), or a current one from the npm package @wp-playground/wordpress-builds
// (`wordpress: 'nightly'` is 6.7-alpha, also '6.5', 'beta'): its zip unpacked, its static
// assets (kept beside the zip) copied in, its SQLite database left out. Those builds carry only
// the block theme Twenty Twenty-Four. Nothing is written outside the temporary folder; stop()
// removes it.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../../test/helpers/ports.mjs';

const run = promisify(execFile);

const HERE = fileURLToPath(new URL('.', import.meta.url));
const WORDPRESS = process.env.WORDPRESS_PATH ?? '/usr/share/wordpress';

/** The WordPress versions the tests can run on: Debian's, and the playground builds' names. */
export const VERSIONS = ['6.1', '6.5', 'beta', 'nightly'];

/** A playground build unpacked into `root`, as a plain WordPress (no SQLite, no mu-plugins). */
async function unpackPlayground(name, root) {
  const builds = dirname(
    createRequire(import.meta.url).resolve('@wp-playground/wordpress-builds/package.json'),
  );
  mkdirSync(root, { recursive: true });
  await run('unzip', ['-q', join(builds, `src/wordpress/wp-${name}.zip`), '-d', root]);
  // The static files (CSS, images, fonts, block editor assets) the zip leaves out.
  await run('cp', ['-rn', `${join(builds, `public/wp-${name}`)}/.`, root]);
  for (const path of [
    'wp-content/db.php',
    'wp-content/database',
    'wp-content/mu-plugins',
    'wp-config.php',
  ])
    rmSync(join(root, path), { recursive: true, force: true });
}

/** What the tests need from Debian, and a file that shows each is there. */
export const packages = {
  wordpress: `${WORDPRESS}/wp-settings.php`,
  'mariadb-server': '/usr/sbin/mariadbd',
  'php-cli': '/usr/bin/php',
  'php-mysql': null, // checked as PHP's mysqli extension
  'php-xml': null,
  'php-mbstring': null,
  'php-curl': null, // the relay's wp_remote_post, as on most hosts (tested with it)
  unzip: '/usr/bin/unzip', // test/wordpress/build.test.mjs reads the zip with it
};

const phpHas = (extension) => {
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' })
      .split('\n')
      .some((line) => line.trim().toLowerCase() === extension);
  } catch {
    return false;
  }
};

/** Installs missing Debian packages when root with apt-get (as ensure-browsers does), else explains. */
export function ensurePackages() {
  const missing = Object.entries(packages)
    .filter(([name, file]) => {
      if (file) return !existsSync(file);
      const extension = {
        'php-mysql': 'mysqli',
        'php-xml': 'dom',
        'php-mbstring': 'mbstring',
        'php-curl': 'curl',
      }[name];
      return !phpHas(extension);
    })
    .map(([name]) => name);
  if (missing.length === 0) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`test:wordpress: installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    return;
  }
  throw new Error(`The WordPress tests need these Debian packages: ${missing.join(' ')}
Install them with:
  sudo apt-get install -y ${missing.join(' ')}`);
}

export { freePort };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, test, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await test()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${ms / 1000} s`);
    await sleep(100);
  }
}

/**
 * Starts MariaDB and WordPress and installs the plugin from `zip`. Returns the site's URL, the
 * users (with application passwords), `php(code)` to run PHP inside the site, and `stop()`.
 */
export async function startSite({ zip, wordpress = '6.1' }) {
  if (!VERSIONS.includes(wordpress))
    throw new Error(`No WordPress "${wordpress}" to test on: one of ${VERSIONS.join(', ')}`);
  ensurePackages();
  const dir = mkdtempSync(join(tmpdir(), 'pnw-wordpress-'));
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    children.length = 0;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB's data directory and WordPress's copy, made side by side (each takes seconds).
    const data = join(dir, 'db');
    const socket = join(dir, 'mysqld.sock');
    const root = join(dir, 'wordpress');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    await Promise.all([
      run('mariadb-install-db', [
        '--no-defaults',
        `--datadir=${data}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...asRoot,
      ]),
      wordpress === '6.1' ? run('cp', ['-rL', WORDPRESS, root]) : unpackPlayground(wordpress, root),
    ]);
    // MariaDB, on a socket only, without the disk flushes a throwaway database does not need.
    const db = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        `--log-error=${join(dir, 'mysqld.err')}`,
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
        '--innodb-flush-log-at-trx-commit=0',
        '--skip-innodb-doublewrite',
        ...asRoot,
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    await until('MariaDB', () => existsSync(socket), 30000);
    const sql = (statement) =>
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);
    await until(
      'MariaDB',
      () => {
        try {
          sql('CREATE DATABASE IF NOT EXISTS wordpress');
          return true;
        } catch {
          return false;
        }
      },
      30000,
    );

    // WordPress, with its own configuration.
    rmSync(join(root, '.htaccess'), { force: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
\tdefine( $name, 'test-only ' . $name );
}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
// Application passwords over plain http, and the relay's test-only http webhook.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
// The tests switch this on and off between requests.
if ( file_exists( '${join(dir, 'disallow-unfiltered-html')}' ) ) {
\tdefine( 'DISALLOW_UNFILTERED_HTML', true );
}
if ( ! defined( 'ABSPATH' ) ) {
\tdefine( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // OPcache for the CLI too, with a file cache every PHP process of the site shares: WordPress
    // then loads in a fraction of the time on each request and each php() call.
    mkdirSync(join(dir, 'opcache'));
    const phpFlags = [
      '-d',
      'opcache.enable_cli=1',
      '-d',
      `opcache.file_cache=${join(dir, 'opcache')}`,
    ];
    mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
    copyFileSync(join(HERE, 'test-plugin.php'), join(root, 'wp-content/mu-plugins/pnw-test.php'));

    const users = JSON.parse(
      execFileSync('php', [...phpFlags, join(HERE, 'install.php'), root, zip, url], {
        encoding: 'utf8',
      }),
    );

    // php -S, with workers so a slow webhook does not hold up every other request.
    const server = spawn(
      'php',
      [...phpFlags, '-S', `127.0.0.1:${port}`, '-t', root, join(HERE, 'router.php')],
      {
        stdio: 'ignore',
        detached: true,
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      },
    );
    children.push(server);
    await until(
      'php -S',
      async () => {
        try {
          return (await fetch(`${url}/wp-login.php`)).ok;
        } catch {
          return false;
        }
      },
      30000,
    );

    /** Runs PHP inside the site (as the administrator) and returns what it echoes. */
    const php = (code) =>
      execFileSync(
        'php',
        [
          ...phpFlags,
          '-r',
          `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; require '${root}/wp-load.php'; wp_set_current_user(${users.administrator.id}); ${code}`,
        ],
        { encoding: 'utf8' },
      );
    const disallowUnfilteredHtml = (on) => {
      const flag = join(dir, 'disallow-unfiltered-html');
      if (on) writeFileSync(flag, '');
      else rmSync(flag, { force: true });
    };
    const version = php('echo get_bloginfo("version");').trim();
    return { url, root, dir, users, version, phpFlags, php, disallowUnfilteredHtml, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

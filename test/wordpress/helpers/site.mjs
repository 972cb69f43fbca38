// The WordPress that scripts/wordpress/run-tests.mjs started, as the tests use it.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

if (!process.env.PNW_WORDPRESS)
  throw new Error('No WordPress to test: run these files with `npm run test:wordpress`.');

/** `{ url, root, dir, users: { administrator|editor|author|contributor: { id, login, password, appPassword } } }` */
export const site = JSON.parse(process.env.PNW_WORDPRESS);

/** Runs PHP inside the site, as the administrator; returns what it echoes. */
export const php = (code) =>
  execFileSync(
    'php',
    [
      ...(site.phpFlags ?? []),
      '-r',
      `$_SERVER['HTTP_HOST'] = '${new URL(site.url).host}'; require '${site.root}/wp-load.php'; wp_set_current_user(${site.users.administrator.id}); ${code}`,
    ],
    { encoding: 'utf8' },
  );

/** Sets (or, with null, deletes) an option, as JSON. */
export const setOption = (name, value) =>
  value === null
    ? php(`delete_option(${JSON.stringify(name)});`)
    : php(
        `update_option(${JSON.stringify(name)}, json_decode(${phpString(JSON.stringify(value))}, true));`,
      );

const phpString = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The plugin's settings, written straight to the option (the settings page test uses the form). */
export const setSettings = (settings) => setOption('pnw_settings', settings);

/** DISALLOW_UNFILTERED_HTML for the requests that follow (wp-config.php reads a flag file). */
export function disallowUnfilteredHtml(on) {
  const flag = join(site.dir, 'disallow-unfiltered-html');
  if (on) writeFileSync(flag, '');
  else rmSync(flag, { force: true });
}

/** A REST request as one role, with its application password. */
export async function rest(role, method, path, body) {
  const user = site.users[role];
  const response = await fetch(`${site.url}/wp-json${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${user.login}:${user.appPassword}`).toString('base64')}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok)
    throw new Error(`${method} ${path} as ${role}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Publishes (or, for a Contributor, submits for review) a post; returns { id, link, raw content }. */
export async function publish(role, title, content) {
  const status = role === 'contributor' ? 'pending' : 'publish';
  const post = await rest(role, 'POST', '/wp/v2/posts', { title, content, status });
  // A Contributor cannot publish: an Editor does, without touching the content.
  if (status === 'pending')
    await rest('editor', 'POST', `/wp/v2/posts/${post.id}`, { status: 'publish' });
  const saved = await rest('administrator', 'GET', `/wp/v2/posts/${post.id}?context=edit`);
  return { id: post.id, link: saved.link, raw: saved.content.raw };
}

/** A page's HTML, as a visitor gets it. */
export async function html(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

// `npm start`: serves the demo pages (demo/ at /), the built bundles (dist/ at /dist/), the Lit
// files the import-map page maps (node_modules/ at /node_modules/, scripts only) and the demo
// candidate-check endpoint, on http://localhost:8000/ (PORT overrides; a busy port moves on to
// the next one). Plain node:http, so what the browser gets is exactly what is on disk.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CANDIDATE_CHECK_PATH,
  DEMO_ENDPOINT_NOTICE,
  handleCandidateCheck,
} from './demo-endpoint.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// What /import-map.html's import map points at: the packages dist/lib/ imports, as installed.
// Only these packages, only their scripts and source maps, and no directory indexes.
const IMPORT_MAP_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
const MOUNTS = [
  { prefix: '/dist/', dir: join(ROOT, 'dist') },
  ...IMPORT_MAP_PACKAGES.map((name) => ({
    prefix: `/node_modules/${name}/`,
    dir: join(ROOT, 'node_modules', ...name.split('/')),
    only: /\.(js|mjs|map)$/,
  })),
  { prefix: '/', dir: join(ROOT, 'demo') },
];
const PORT_ATTEMPTS = 20;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

// The demo pages hold no inline script or style, and the widgets must work under this policy.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * An import map is an inline script, which `script-src 'self'` blocks. A page that has one gets
 * the map's SHA-256 hash added to script-src, and nothing else: its other inline scripts, if any,
 * stay blocked. The hash is taken from the file as served, so editing the map needs no second edit.
 */
function cspFor(html) {
  const maps = [
    ...html.matchAll(/<script\b[^>]*\btype=["']?importmap["']?[^>]*>([\s\S]*?)<\/script\s*>/gi),
  ];
  if (maps.length === 0) return CSP;
  const hashes = maps.map(
    ([, text]) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
  );
  return CSP.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`);
}

/**
 * Starts the demo server. Resolves once it listens.
 * @param {{port?: number, host?: string, log?: (text: string) => void, slowMs?: number}} [options]
 * @returns {Promise<{server: import('node:http').Server, port: number, url: string, close: () => Promise<void>}>}
 */
export async function startDemoServer({
  port = 8000,
  host = '127.0.0.1',
  log = console.log,
  slowMs,
} = {}) {
  const server = createServer((req, res) => {
    route(req, res, { log, slowMs }).catch((error) => {
      log(`${req.method} ${req.url} failed: ${error.stack ?? error}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error in the demo server.');
    });
  });
  const bound = await listen(server, port, host, port === 0 ? 1 : PORT_ATTEMPTS);
  const shownHost = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
  return {
    server,
    port: bound,
    url: `http://${shownHost}:${bound}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function listen(server, port, host, attempts) {
  for (let i = 0; i < attempts; i++) {
    try {
      await new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(port + i, host, () => {
          server.off('error', fail);
          ok();
        });
      });
      return server.address().port;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || i === attempts - 1) throw error;
    }
  }
}

async function route(req, res, { log, slowMs }) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === CANDIDATE_CHECK_PATH) return handleCandidateCheck(req, res, { log, slowMs });
  if (pathname.startsWith('/api/')) return sendText(res, 404, 'No such demo endpoint.');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'The demo pages are read-only.');
  }
  const file = await resolveFile(pathname);
  if (file === null) return sendText(res, 404, `Not found: ${pathname}`);
  if (file.redirect) {
    res.writeHead(301, { Location: file.redirect }).end();
    return;
  }
  const type = TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
  const html = type.startsWith('text/html') ? await readFile(file.path) : null;
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': html ? html.length : file.size,
    'Cache-Control': 'no-store', // a rebuild shows on the next reload
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(html ? { 'Content-Security-Policy': cspFor(html.toString('utf8')) } : {}),
  });
  if (req.method === 'HEAD') return res.end();
  if (html) return res.end(html);
  createReadStream(file.path).pipe(res);
}

/** Maps a URL path to a file inside its mount, or null; never a file outside the mount. */
async function resolveFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const mount = MOUNTS.find((m) => decoded.startsWith(m.prefix) || `${decoded}/` === m.prefix);
  if (!mount) return null;
  const candidate = resolve(mount.dir, `.${sep}${decoded.slice(mount.prefix.length)}`);
  try {
    // Real paths on both sides, so neither `..` nor a symlink leads out of the mount.
    const dir = await realpath(mount.dir);
    let path = await realpath(candidate);
    if (path !== dir && !path.startsWith(dir + sep)) return null;
    let info = await stat(path);
    if (mount.only)
      return info.isFile() && mount.only.test(path) ? { path, size: info.size } : null;
    if (info.isDirectory()) {
      // Leading slashes collapsed, so the Location can never name another host.
      if (!pathname.endsWith('/')) return { redirect: `/${pathname.replace(/^\/+/, '')}/` };
      path = join(path, 'index.html');
      info = await stat(path);
    }
    return info.isFile() ? { path, size: info.size } : null;
  } catch {
    return null;
  }
}

function sendText(res, status, text) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

async function main() {
  const requested = process.env.PORT === undefined ? 8000 : Number(process.env.PORT);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  const host = process.env.HOST || '127.0.0.1';
  const { url, close } = await startDemoServer({ port: requested, host });

  if (!existsSync(join(ROOT, 'dist', 'pinched-nerve-widgets.js'))) {
    console.warn(
      'dist/pinched-nerve-widgets.js is missing: run `npm run build` (or `npm start`) first.\n',
    );
  }
  console.log(DEMO_ENDPOINT_NOTICE);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    console.log(
      `HOST=${host}: other machines on your network can reach this server and its endpoint.`,
    );
  }
  console.log(`
Demo:            ${url}
WordPress embed: ${url}wordpress.html
Brand themes:    ${url}themes.html
Import map:      ${url}import-map.html
Error paths:     ${url}errors.html
Spanish:         ${url}es.html
Snippet builder: ${url}builder.html
Endpoint:        POST ${new URL(CANDIDATE_CHECK_PATH, url)}

Press Ctrl+C to stop.
`);

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => close().then(() => process.exit(0)));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error.code === 'EADDRINUSE' ? `No free port found: ${error.message}` : error);
    process.exit(1);
  });
}

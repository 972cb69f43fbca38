// Server rendering as Next.js does it, for test/frameworks/next.test.ts: a component of
// test/frameworks/next/ bundled for Node (its `'use client'` module, with the package's built
// modules and Lit's Node build, as Next's server bundle has them) and rendered with React 19's
// own react-dom/server. `GET /__ssr__/<file>/<export>?props=<JSON>` answers the HTML.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

export function serverRendering() {
  const dir = mkdtempSync(join(tmpdir(), 'pnw-ssr-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const renderers = new Map();
  /** The file's exports and renderToString, bundled once per file (CommonJS: React's servers are). */
  const rendererOf = (file) => {
    if (!renderers.has(file)) {
      const outfile = join(dir, `${file}.cjs`);
      renderers.set(
        file,
        build({
          stdin: {
            contents: `export * as components from './test/frameworks/next/${file}.tsx';
export { renderToString } from 'react-dom/server';
export { createElement } from 'react';`,
            resolveDir: ROOT,
            loader: 'ts',
          },
          bundle: true,
          platform: 'node',
          format: 'cjs',
          jsx: 'automatic',
          outfile,
          alias: { 'pinched-nerve-widgets': join(ROOT, 'dist/lib/index.js') },
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'error',
        }).then(() => require(outfile)),
      );
    }
    return renderers.get(file);
  };
  return {
    name: 'server-rendering',
    async serve(context) {
      const match = /^\/__ssr__\/([\w-]+)\/(\w+)$/.exec(context.path);
      if (!match) return undefined;
      const { components, renderToString, createElement } = await rendererOf(match[1]);
      const props = JSON.parse(context.URL.searchParams.get('props') ?? '{}');
      return { body: renderToString(createElement(components[match[2]], props)), type: 'html' };
    },
  };
}

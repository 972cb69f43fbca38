// The plugin as `npm run build` packs it: an installable zip holding the current bundles and
// locales, the attribute table and block attributes made from custom-elements.json, compiled
// Spanish strings, and PHP that lints.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const lint = promisify(execFile);
import { attributeTable } from '../../scripts/wordpress/build-plugin.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PLUGIN = join(ROOT, 'dist/wordpress/pinched-nerve-widgets');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const php = (code) =>
  execFileSync('php', ['-r', `define('ABSPATH', '/'); ${code}`], { encoding: 'utf8' });

describe('the plugin zip', () => {
  it('holds the plugin folder with the bundles and locales of this build, byte for byte', () => {
    const listing = execFileSync(
      'unzip',
      ['-Z1', join(ROOT, 'dist/wordpress/pinched-nerve-widgets.zip')],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n');
    assert.ok(listing.every((name) => name.startsWith('pinched-nerve-widgets/')));
    for (const name of [
      'pinched-nerve-widgets.php',
      'uninstall.php',
      'readme.txt',
      'includes/element-attributes.php',
      'blocks/map/block.json',
      'blocks/map/render.php',
      'build/editor.js',
      'languages/pinched-nerve-widgets-es_ES.mo',
    ])
      assert.ok(listing.includes(`pinched-nerve-widgets/${name}`), name);
    // The map's own bundles, and the chunk its module imports from beside it.
    const chunk = /from\s*["']\.\/(shared-[\w-]+\.js)["']/.exec(
      readFileSync(join(ROOT, 'dist/map.js'), 'utf8'),
    )?.[1];
    assert.ok(chunk, 'dist/map.js imports its shared chunk');
    for (const name of [
      'pinched-nerve-widgets.js',
      'pinched-nerve-widgets.iife.js',
      'map.js',
      'map.iife.js',
      chunk,
      'locales/es/card.json',
      'locales/es/map.json',
    ]) {
      const packed = execFileSync('unzip', [
        '-p',
        join(ROOT, 'dist/wordpress/pinched-nerve-widgets.zip'),
        `pinched-nerve-widgets/assets/${name}`,
      ]);
      assert.ok(packed.equals(readFileSync(join(ROOT, 'dist', name))), name);
    }
    assert.ok(!listing.some((name) => /\.(ts|po)$/.test(name)), 'no sources');
  });

  it('has one attribute table, from custom-elements.json, that the blocks share', () => {
    const table = JSON.parse(
      php(`echo json_encode(require '${PLUGIN}/includes/element-attributes.php');`),
    );
    assert.deepEqual(table, attributeTable(manifest));
    for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName))
      assert.deepEqual(
        Object.keys(table[d.tagName]),
        d.attributes.map((a) => a.name),
        d.tagName,
      );
    assert.deepEqual(table['pinched-nerve-card']['cta-href'], { type: 'url' });
    assert.deepEqual(table['pinched-nerve-check'].endpoint, { type: 'url' });
    assert.deepEqual(table['pinched-nerve-symptoms'].selectable, { type: 'boolean' });
    assert.deepEqual(table['pinched-nerve-card'].region, {
      type: 'enum',
      values: ['both', 'cervical', 'lumbar'],
    });
    assert.deepEqual(table['pinched-nerve-map']['cta-href'], { type: 'url' });
    for (const block of ['card', 'symptoms', 'check', 'map']) {
      const json = JSON.parse(readFileSync(join(PLUGIN, `blocks/${block}/block.json`), 'utf8'));
      const own = { symptoms: ['items'], check: ['destination'] }[block] ?? [];
      assert.deepEqual(
        Object.keys(json.attributes).sort(),
        [...Object.keys(table[`pinched-nerve-${block}`]), ...own].sort(),
        block,
      );
      assert.equal(json.render, 'file:./render.php');
    }
  });

  it('is one version: the header, PNW_VERSION, readme.txt’s stable tag and package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const bootstrap = readFileSync(join(PLUGIN, 'pinched-nerve-widgets.php'), 'utf8');
    assert.match(bootstrap, new RegExp(`\\* Version:\\s+${version.replace(/\./g, '\\.')}\\n`));
    assert.match(
      readFileSync(join(PLUGIN, 'readme.txt'), 'utf8'),
      new RegExp(`Stable tag: ${version.replace(/\./g, '\\.')}\\n`),
    );
  });

  it('has Spanish strings for PHP (.mo) and the editor (.json) with every string of the .po', () => {
    const po = readFileSync(
      join(ROOT, 'wordpress/languages/pinched-nerve-widgets-es_ES.po'),
      'utf8',
    );
    const count = (po.match(/^msgid /gm) ?? []).length - 1;
    const mo = readFileSync(join(PLUGIN, 'languages/pinched-nerve-widgets-es_ES.mo'));
    assert.equal(mo.readUInt32LE(0), 0x950412de);
    assert.equal(mo.readUInt32LE(8), count + 1);
    const editor = JSON.parse(
      readFileSync(
        join(PLUGIN, 'languages/pinched-nerve-widgets-es_ES-pinched-nerve-widgets-editor.json'),
        'utf8',
      ),
    );
    assert.deepEqual(editor.locale_data.messages['Widget settings'], ['Ajustes del widget']);
  });

  it('every PHP file passes php -l and refuses direct access', async () => {
    // The zip holds every PHP file of wordpress/ (compared here) and the generated ones.
    const shipped = files(PLUGIN).filter((f) => f.endsWith('.php'));
    for (const file of files(join(ROOT, 'wordpress')).filter((f) => f.endsWith('.php')))
      assert.equal(
        readFileSync(join(PLUGIN, relative(join(ROOT, 'wordpress'), file)), 'utf8'),
        readFileSync(file, 'utf8'),
        file,
      );
    const phpFiles = [
      ...shipped,
      ...files(join(ROOT, 'scripts/wordpress')).filter((f) => f.endsWith('.php')),
    ];
    assert.ok(phpFiles.length >= 17, `${phpFiles.length} PHP files`);
    await Promise.all(phpFiles.map((file) => lint('php', ['-l', file])));
    for (const file of shipped)
      assert.match(
        readFileSync(file, 'utf8'),
        /^<\?php\n[\s\S]*?defined\( 'ABSPATH' \) \|\| exit;/,
        file,
      );
  });

  it('the bootstrap holds only the header, constants, requires and hooks', () => {
    const code = readFileSync(join(ROOT, 'wordpress/pinched-nerve-widgets.php'), 'utf8')
      .replace(/\/\*\*[\s\S]*?\*\//, '')
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('//') && line.trim() !== '<?php');
    for (const line of code)
      assert.match(
        line,
        /^(defined\( 'ABSPATH' \) \|\| exit;|define\(|require_once|add_action\(|add_filter\()/,
        line,
      );
  });
});

// `npm run release` writes the zip a clinic downloads. This builds it, reads it back, unpacks it
// to a temporary folder, and opens its example page and its snippet builder from disk (file://,
// as a double-click does) in Chromium and Firefox: each must draw its widgets with no error.
// Needs a build (`npm test` builds first); an engine left out of BROWSERS is skipped.
/* global document, customElements -- the page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launchers } from '../helpers/launchers.mjs';
import { unzipSync } from 'fflate';

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const folder = `pinched-nerve-widgets-${version}`;
let files;
let unpacked;

before(() => {
  execFileSync(process.execPath, ['scripts/release.mjs'], { cwd: root, stdio: 'pipe' });
  const archive = unzipSync(readFileSync(new URL(`release/${folder}.zip`, root)));
  files = new Map(Object.entries(archive).map(([name, data]) => [name, Buffer.from(data)]));
  unpacked = mkdtempSync(join(tmpdir(), 'pnw-release-'));
  for (const [name, data] of files) {
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), data);
  }
});

after(() => rmSync(unpacked, { recursive: true, force: true }));

describe(`release/${folder}.zip`, () => {
  it('holds the bundles as built, the locales, the builder, the example, the licence, the reference and the guide', () => {
    const names = [...files.keys()];
    assert.ok(
      names.every((n) => n.startsWith(`${folder}/`)),
      'one folder at the top',
    );
    for (const file of [
      'dist/pinched-nerve-widgets.js',
      'dist/pinched-nerve-widgets.iife.js',
      'dist/locales/es/check.json',
      'dist/formats/hubspot.js',
    ]) {
      const inZip = files.get(`${folder}/${file}`);
      assert.ok(inZip, `${file} is in the zip`);
      assert.deepEqual(inZip, readFileSync(new URL(file, root)), `${file} is the build's`);
    }
    for (const file of [
      'builder/builder.html',
      'builder/builder.js',
      'builder/builder.css',
      'example.html',
      'example.css',
      'LICENSE',
      'REFERENCE.md',
      'GUIDE.txt',
    ])
      assert.ok(files.has(`${folder}/${file}`), `${file} is in the zip`);
    const guide = files.get(`${folder}/GUIDE.txt`).toString('utf8');
    assert.match(guide, new RegExp(`WIDGETS ${version.replaceAll('.', '\\.')}:`));
    assert.ok(
      !names.some((n) => /\.(ts|map)$/.test(n) || n.includes('/lib/')),
      'only what pages load',
    );
  });
});

describe('GUIDE.txt in the release', () => {
  const guide = () => files.get(`${folder}/GUIDE.txt`).toString('utf8');
  /** The paths the guide names: words with a slash or a file's extension, site paths left out. */
  const named = () =>
    [
      ...new Set(
        guide().match(
          /(?<![\w/.<-])(?:[\w-]+\/)+(?:[\w.-]+\.\w+)?|(?<![\w/.<-])[\w-]+\.[a-z]{2,4}\b/g,
        ),
      ),
    ].filter((path) => !/^\d|\.\.\.$/.test(path));
  const inZip = (path) =>
    [...files.keys()].some((name) =>
      path.endsWith('/') ? name.startsWith(`${folder}/${path}`) : name === `${folder}/${path}`,
    );

  it('names only files and folders the zip holds', () => {
    const paths = named();
    assert.ok(paths.length > 15, `the guide names its files (${paths.join(', ')})`);
    for (const path of paths)
      assert.ok(inZip(path), `GUIDE.txt names ${path}, which is not in the zip`);
  });

  it('names everything at the top of the zip, every folder in dist/ and every script but the shared chunk', () => {
    const top = new Set(
      [...files.keys()].map((name) => name.slice(folder.length + 1).replace(/\/.*/s, '/')),
    );
    const dist = [...files.keys()]
      .map((name) => name.slice(`${folder}/`.length))
      .filter((name) => name.startsWith('dist/'))
      .map((name) => name.replace(/^(dist\/[^/]+\/).*/s, '$1'))
      .filter((name) => !/^dist\/shared-/.test(name));
    for (const path of new Set([...top, ...dist]))
      if (path !== 'GUIDE.txt')
        assert.ok(guide().includes(path), `GUIDE.txt does not mention ${path}`);
  });

  it('does not call the all-in-one every widget: the map is not in it', () => {
    assert.doesNotMatch(guide(), /all widgets/i);
    assert.match(guide(), /\(not the map\)/);
  });
});

for (const [engine, launch] of Object.entries(launchers)) {
  describe(
    `the release opened from disk in ${engine}`,
    { skip: !engines.includes(engine) && 'not in BROWSERS' },
    () => {
      let browser;
      before(async () => {
        browser = await launch();
      });
      after(() => browser?.close());

      /** Opens a file of the unpacked release and waits for `tags` to draw; returns the errors. */
      async function open(file, tags) {
        const tab = await browser.newPage();
        const problems = [];
        tab.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console: ${m.text()}`);
        });
        tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        await tab.goto(pathToFileURL(join(unpacked, folder, file)).href, { waitUntil: 'load' });
        await tab.waitForFunction(
          (names) =>
            names.every(
              (t) =>
                customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount,
            ),
          { timeout: 15000 },
          tags,
        );
        await tab.close();
        return problems;
      }

      it('example.html shows a card and a form, with no error', async () => {
        assert.deepEqual(
          await open('example.html', ['pinched-nerve-card', 'pinched-nerve-check']),
          [],
        );
      });

      it('builder/builder.html draws its preview with the bundle beside it', async () => {
        assert.deepEqual(
          await open('builder/builder.html', ['pinched-nerve-card', 'pinched-nerve-check']),
          [],
        );
      });

      it('builder/builder.html in Spanish says the preview needs a web server, and writes lang="es"', async () => {
        const tab = await openBuilder(browser);
        await tab.click('input[name="lang"][value="es"]');
        await tab.waitForFunction(
          () => document.querySelector('#html').value.includes('lang="es"'),
          { timeout: 15000 },
        );
        const note = await tab.$eval('#lang-note', (p) => !p.hidden && p.textContent.trim());
        assert.equal(
          note,
          'The preview needs a web server to show Spanish; the code is right as it is.',
        );
        await tab.close();
      });

      it('builder/builder.html does not warn that a relative endpoint would be refused', async () => {
        const tab = await openBuilder(browser);
        // A phone the widgets cannot dial: its message shows that the drawing was checked.
        await tab.type('#endpoint', '/api/candidate-check');
        await tab.type('#phone', 'CALL US');
        await tab.click('[data-copy="html"]');
        await tab.waitForFunction(
          () => document.querySelector('#phone-problem').textContent.includes('cannot dial'),
          { timeout: 15000 },
        );
        assert.equal(await tab.$eval('#endpoint-problem', (p) => p.hidden), true);
        await tab.close();
      });
    },
  );
}

/** The unpacked release's builder in a new tab of `browser`, drawn. */
async function openBuilder(browser) {
  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(join(unpacked, folder, 'builder/builder.html')).href);
  await tab.waitForFunction(
    () => document.querySelector('pinched-nerve-check')?.shadowRoot?.childElementCount,
    { timeout: 15000 },
  );
  return tab;
}

import { expect } from '@open-wc/testing';
import { requireBundles } from '../embed/frame.js';
import { WAIT_MS } from '../helpers/testing.js';

/**
 * Every `html` code block in the user's manual is a page a reader may paste: each one is put on
 * a blank page, with its script pointed at the local build, and must draw its elements with no
 * console error and no WCAG A/AA violation, both before its script runs and after. A block that
 * is a fragment on purpose says so in its info string (```html fragment).
 */
const MANUALS = (window as unknown as { __MANUALS__: string[] }).__MANUALS__;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Example {
  manual: string;
  line: number;
  info: string;
  code: string;
}

/** Read as the file loads (synchronously), so each example can be a test of its own. */
function examples(): Example[] {
  const found: Example[] = [];
  for (const manual of MANUALS) {
    const request = new XMLHttpRequest();
    request.open('GET', manual, false);
    request.send();
    const text = request.responseText;
    for (const m of text.matchAll(/^```html([^\n]*)\n([\s\S]*?)^```/gm)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ manual, line, info: m[1]!.trim(), code: m[2]! });
    }
  }
  return found;
}

/** The reader's addresses for the files, pointed at this checkout's build. */
const local = (code: string) =>
  code
    .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/pinched-nerve-widgets@[\w.-]+\//g, '/')
    .replace(/\/assets\/pinched-nerve-widgets\//g, '/')
    .replace(/\/assets\/(@?lit[\w-]*|@lit)\//g, '/node_modules/$1/')
    .replace(/\/assets\/(?=[\w.-]+\.(?:js|json)\b|locales\/)/g, '/dist/');

const withoutScripts = (code: string) => code.replace(/<script\b[\s\S]*?<\/script>/gi, '');

interface Framed {
  document: Document;
  window: Window & { axe?: typeof import('axe-core'); __logged?: string[] };
}

/** Loads `body` as a blank page of its own, recording console errors and uncaught errors. */
async function page(title: string, body: string, script: string): Promise<Framed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 400px; height: 900px; border: 0';
  frame.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script>
      window.__logged = [];
      const error = console.error;
      console.error = (...args) => { window.__logged.push(args.map(String).join(' ')); error(...args); };
      window.addEventListener('error', (e) => window.__logged.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => window.__logged.push(String(e.reason)));
    </script>
    <script src="/node_modules/axe-core/axe.min.js"></script>
    ${script}
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { document: frame.contentDocument!, window: frame.contentWindow as Framed['window'] };
}

async function violations(framed: Framed): Promise<string[]> {
  const result = await framed.window.axe!.run(framed.document, {
    runOnly: { type: 'tag', values: WCAG },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Waits until every widget on the page is defined and drawn. */
async function drawn(framed: Framed): Promise<Element[]> {
  const widgets = [...framed.document.querySelectorAll('*')].filter((el) =>
    el.localName.startsWith('pinched-nerve-'),
  );
  for (const el of widgets) {
    const tag = el.localName;
    await Promise.race([
      framed.window.customElements.whenDefined(tag),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`<${tag}> never defined`)), WAIT_MS),
      ),
    ]);
    await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  }
  return widgets;
}

const all = examples();
const run = all.filter((e) => e.info !== 'fragment');

describe('the html examples in the manuals', () => {
  before(requireBundles);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('are all found, and only fragments marked as such are left out', () => {
    console.log(`html examples: ${run.length} run, ${all.length - run.length} fragments`);
    expect(run.length).to.be.above(10);
    for (const e of all)
      expect(['', 'fragment'], `${e.manual}:${e.line} info "${e.info}"`).to.include(e.info);
  });

  for (const example of run) {
    const where = `${example.manual}:${example.line}`;
    it(`${where} draws its widgets with no console error, and no axe violation before or after its script`, async function () {
      this.timeout(30000);
      const code = local(example.code);
      // Before the script: only what the page's markup says.
      const before = await page(`${where}, before`, withoutScripts(code), '');
      const failures = (await violations(before)).map((v) => `before its script: ${v}`);
      // After: the example's own script, or the module bundle when it has none.
      const script = /<script\b[^>]*\bsrc=/.test(code)
        ? ''
        : '<script type="module" src="/dist/pinched-nerve-widgets.js"></script>';
      const after = await page(`${where}, after`, code, script);
      for (const el of await drawn(after))
        if (!el.shadowRoot?.querySelector('[part="base"], ul, fieldset'))
          failures.push(`<${el.localName}> drew nothing`);
      failures.push(...(await violations(after)).map((v) => `after its script: ${v}`));
      failures.push(...after.window.__logged!.map((m) => `logged an error: ${m}`));
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});

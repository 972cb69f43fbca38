/**
 * The build cannot change what a widget draws (issue 22). Each shipped file draws a set of
 * configurations, and so do the package's unminified modules (dist/lib, tsc's output, through an
 * import map as demo/import-map.html loads them); the two must give the same shadow trees
 * (elements, nesting, attributes, text with whitespace collapsed) and the same style rules
 * (selectors and declarations, inside every @media, @container and @supports). Any difference
 * fails with the widget, the file and the first line that differs.
 */
import { expect, waitUntil } from '@open-wc/testing';

type Element_ = 'card' | 'symptoms' | 'check' | 'map';

/** What one configuration draws: markup put on an empty page, then an optional click. */
interface Configuration {
  name: string;
  html: string;
  /** A control to click once drawn (a `part` name), e.g. to show the form's errors. */
  click?: string;
}

const CONFIGURATIONS: Record<Element_, Configuration[]> = {
  card: [
    { name: 'default', html: '<pinched-nerve-card></pinched-nerve-card>' },
    { name: 'neck', html: '<pinched-nerve-card region="cervical"></pinched-nerve-card>' },
    {
      name: 'lower back in columns',
      html: '<pinched-nerve-card region="lumbar" layout="columns"></pinched-nerve-card>',
    },
    {
      name: 'stacked with its own words',
      html: `<pinched-nerve-card layout="stacked" heading="Which one is it?" heading-level="3"
        phone="(555) 010-4477" cta-label="Book" cta-href="/book" attribution=""></pinched-nerve-card>`,
    },
    { name: 'Spanish', html: '<pinched-nerve-card lang="es"></pinched-nerve-card>' },
    {
      name: 'leading to a form',
      html: `<pinched-nerve-card for="f" phone=""></pinched-nerve-card>
        <pinched-nerve-check id="f" endpoint="https://clinic.example/x"></pinched-nerve-check>`,
    },
  ],
  symptoms: [
    { name: 'default', html: '<pinched-nerve-symptoms></pinched-nerve-symptoms>' },
    { name: 'neck', html: '<pinched-nerve-symptoms region="cervical"></pinched-nerve-symptoms>' },
    {
      name: 'selectable',
      html: '<pinched-nerve-symptoms region="lumbar" selectable label="Ticks"></pinched-nerve-symptoms>',
    },
    {
      name: 'Spanish, selectable',
      html: '<pinched-nerve-symptoms lang="es" region="cervical" selectable></pinched-nerve-symptoms>',
    },
    {
      name: 'its own items',
      html: `<pinched-nerve-symptoms symptoms='["One","Two"]' selectable></pinched-nerve-symptoms>`,
    },
  ],
  check: [
    {
      name: 'steps',
      html: '<pinched-nerve-check endpoint="https://clinic.example/x"></pinched-nerve-check>',
    },
    {
      name: 'steps, first step unanswered',
      html: '<pinched-nerve-check endpoint="https://clinic.example/x"></pinched-nerve-check>',
      click: 'submit-button',
    },
    {
      name: 'second step',
      html: '<pinched-nerve-check endpoint="https://clinic.example/x" region="lumbar"></pinched-nerve-check>',
      click: 'submit-button',
    },
    {
      name: 'single',
      html: `<pinched-nerve-check endpoint="https://clinic.example/x" layout="single" region="both"
        clinic-name="Lakeside Spine" privacy-url="/privacy" heading-level="3"></pinched-nerve-check>`,
    },
    {
      name: 'single, sent empty',
      html: `<pinched-nerve-check endpoint="https://clinic.example/x" layout="single"
        phone=""></pinched-nerve-check>`,
      click: 'submit-button',
    },
    {
      name: 'Spanish',
      html: `<pinched-nerve-check lang="es" endpoint="https://clinic.example/x" layout="single"
        region="cervical"></pinched-nerve-check>`,
    },
    { name: 'no endpoint', html: '<pinched-nerve-check></pinched-nerve-check>' },
  ],
  map: [
    { name: 'default', html: '<pinched-nerve-map></pinched-nerve-map>' },
    {
      name: 'neck, C6',
      html: '<pinched-nerve-map region="cervical" root="C6"></pinched-nerve-map>',
    },
    {
      name: 'lower back, L5',
      html: '<pinched-nerve-map region="lumbar" root="L5"></pinched-nerve-map>',
    },
    { name: 'S1', html: '<pinched-nerve-map root="S1" heading-level="3"></pinched-nerve-map>' },
    { name: 'Spanish, C8', html: '<pinched-nerve-map lang="es" root="C8"></pinched-nerve-map>' },
    {
      name: 'leading to a form',
      html: `<pinched-nerve-map for="f" root="L4" cta-label="Check"></pinched-nerve-map>
        <pinched-nerve-check id="f" endpoint="https://clinic.example/x"></pinched-nerve-check>`,
    },
  ],
};

/** Every shipped file, the elements it defines, and the package module that draws them unminified. */
const ALL_IN_ONE: Element_[] = ['card', 'symptoms', 'check'];
const SHIPPED: { file: string; elements: Element_[]; reference: string }[] = [
  ...['pinched-nerve-widgets.js', 'pinched-nerve-widgets.iife.js'].map((file) => ({
    file,
    elements: ALL_IN_ONE,
    reference: 'index.js',
  })),
  ...(['card', 'symptoms', 'check', 'map'] as const).flatMap((element) =>
    [`${element}.js`, `${element}.iife.js`].map((file) => ({
      file,
      elements: [element],
      reference: `${element}/define.js`,
    })),
  ),
];

// The WordPress plugin's copies of the bundles: drawn too, if they are not the same bytes.
const PLUGIN = '/dist/wordpress/pinched-nerve-widgets/assets/';
const PLUGIN_FILES = [
  'pinched-nerve-widgets.js',
  'pinched-nerve-widgets.iife.js',
  'map.js',
  'map.iife.js',
];

interface Page {
  frame: HTMLIFrameElement;
  document: Document;
  window: Window & { __loaded: Promise<unknown> };
}

const frames: HTMLIFrameElement[] = [];

async function openPage(url: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 960px; height: 1400px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const page = {
    frame,
    document: frame.contentDocument!,
    window: frame.contentWindow as Page['window'],
  };
  await page.window.__loaded;
  return page;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One line per element and text, indented by depth; comments (Lit's markers) left out. */
function treeLines(root: Node, depth = 0, lines: string[] = []): string[] {
  for (const node of root.childNodes) {
    const pad = '  '.repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      const text = collapse(node.textContent ?? '');
      if (text) lines.push(`${pad}"${text}"`);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const attrs = [...el.attributes]
        .map((a) => `${a.name}="${collapse(a.value)}"`)
        .sort()
        .join(' ');
      lines.push(`${pad}<${el.localName}${attrs ? ` ${attrs}` : ''}>`);
      treeLines(el, depth + 1, lines);
      if (el.shadowRoot) {
        lines.push(`${pad}  #shadow-root`);
        treeLines(el.shadowRoot, depth + 2, lines);
        // The text as drawn: a space the minifier took from between two words shows here.
        for (const child of el.shadowRoot.children)
          if ('innerText' in child && child.localName !== 'slot')
            lines.push(`${pad}  #drawn "${collapse((child as HTMLElement).innerText)}"`);
        lines.push(...styleLines(el.shadowRoot, depth + 2));
      }
    }
  }
  return lines;
}

/**
 * A rule's declarations as the browser parsed them. A value with a `var()` in it (and a custom
 * property's) keeps the text it was given until it is used, which a minifier may write shorter:
 * `#ffffff` as `#fff`, `0.5` as `.5`, no space after a comma or inside brackets. Those are
 * written one way here; any other space (around a calc's `+`, say) still counts.
 */
const declarations = (style: CSSStyleDeclaration) =>
  collapse(style.cssText)
    .replace(/\s*,\s*/g, ',')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/gi, '#$1$1$2$2$3$3')
    .replace(/(^|[^\d.])0\.(\d)/g, '$1.$2')
    .toLowerCase();

/** Every style rule of a shadow root: selectors and declarations, inside every grouping rule. */
function styleLines(root: ShadowRoot, depth: number): string[] {
  const sheets = root.adoptedStyleSheets.length ? root.adoptedStyleSheets : [...root.styleSheets];
  const lines: string[] = [];
  const walk = (rules: CSSRuleList, d: number) => {
    for (const rule of rules) {
      const pad = '  '.repeat(d);
      const r = rule as CSSRule & {
        selectorText?: string;
        keyText?: string;
        style?: CSSStyleDeclaration;
        cssRules?: CSSRuleList;
      };
      const head =
        r.selectorText ?? r.keyText ?? collapse(r.cssText.slice(0, r.cssText.indexOf('{')));
      lines.push(`${pad}${head} {`);
      if (r.style) lines.push(`${pad}  ${declarations(r.style)}`);
      if (r.cssRules) walk(r.cssRules, d + 1);
    }
  };
  for (const sheet of sheets) walk(sheet.cssRules, depth);
  return lines;
}

type Drawn = HTMLElement & { updateComplete: Promise<unknown> };

/** Draws one configuration on the page and returns its lines; leaves the page empty. */
async function draw(page: Page, config: Configuration): Promise<string[]> {
  const { document: doc, window: win } = page;
  doc.body.replaceChildren(doc.createRange().createContextualFragment(config.html));
  // A widget the file does not define (the form beside a card-only file) stays as it is.
  const widgets = [...doc.body.querySelectorAll<Drawn>('*')].filter((el) =>
    win.customElements.get(el.localName),
  );
  for (const el of widgets) {
    await waitUntil(() => el.shadowRoot?.firstElementChild, `<${el.localName}> never drew`);
    await el.updateComplete;
  }
  // A language other than the page's arrives in its own file: drawn once the words are in.
  for (const el of widgets.filter((w) => w.lang))
    await waitUntil(
      () => el.shadowRoot!.querySelector(`[lang="${el.lang}"]`),
      `<${el.localName} lang="${el.lang}"> never drew its words`,
    );
  if (config.click) {
    const control = widgets[0]!.shadowRoot!.querySelector<HTMLElement>(`[part~="${config.click}"]`);
    if (!control) throw new Error(`${config.name}: no [part="${config.click}"] to click`);
    control.click();
    for (const el of widgets) await el.updateComplete;
  }
  for (const el of widgets) await el.updateComplete;
  const lines = treeLines(doc.body);
  doc.body.replaceChildren();
  return lines;
}

/** The first line that differs, with its number, or null. */
function firstDifference(shipped: string[], reference: string[]): string | null {
  const length = Math.max(shipped.length, reference.length);
  for (let i = 0; i < length; i++)
    if (shipped[i] !== reference[i])
      return `line ${i + 1}:\n    shipped:   ${shipped[i] ?? '(nothing)'}\n    dist/lib:  ${reference[i] ?? '(nothing)'}`;
  return null;
}

/** The lines of every configuration an element has, on one page. */
async function drawAll(page: Page, element: Element_): Promise<Map<string, string[]>> {
  const drawn = new Map<string, string[]>();
  for (const config of CONFIGURATIONS[element]) drawn.set(config.name, await draw(page, config));
  return drawn;
}

const references = new Map<string, Map<string, string[]>>();

async function reference(module: string, element: Element_): Promise<Map<string, string[]>> {
  const key = `${module} ${element}`;
  if (!references.has(key)) {
    const page = await openPage(
      `/test/build/fixtures/package-modules.html?file=/dist/lib/${module}`,
    );
    references.set(key, await drawAll(page, element));
    page.frame.remove();
  }
  return references.get(key)!;
}

async function expectSameDrawing(url: string, label: string, module: string, elements: Element_[]) {
  const page = await openPage(`/test/build/fixtures/shipped.html?file=${url}`);
  for (const element of elements) {
    const shipped = await drawAll(page, element);
    for (const [name, lines] of await reference(module, element)) {
      expect(lines.length, `${element} ${name} drew nothing`).to.be.above(3);
      const difference = firstDifference(shipped.get(name)!, lines);
      if (difference)
        expect.fail(`<pinched-nerve-${element}> (${name}) from ${label} differs at ${difference}`);
    }
  }
  page.frame.remove();
}

describe('what the build ships draws what the source draws', () => {
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const { file, elements, reference: module } of SHIPPED) {
    it(`dist/${file}`, async function () {
      this.timeout(120000);
      await expectSameDrawing(`/dist/${file}`, `dist/${file}`, module, elements);
    });
  }

  it('the WordPress plugin’s copies', async function () {
    this.timeout(240000);
    let compared = 0;
    for (const { file, elements, reference: module } of SHIPPED) {
      if (!PLUGIN_FILES.includes(file)) continue;
      const copy = await fetch(`${PLUGIN}${file}`);
      expect(copy.ok, `the plugin has no ${file}: run \`npm run build\``).to.equal(true);
      compared++;
      const original = await (await fetch(`/dist/${file}`)).text();
      if ((await copy.text()) === original) continue;
      await expectSameDrawing(`${PLUGIN}${file}`, `the plugin's ${file}`, module, elements);
    }
    expect(compared).to.equal(PLUGIN_FILES.length);
  });
});

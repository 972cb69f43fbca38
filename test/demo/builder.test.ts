import { expect, waitUntil } from '@open-wc/testing';
import { requireBundles } from '../embed/frame.js';
import { text } from '../helpers/text.js';

type Framed = Window & typeof globalThis & { axe?: typeof import('axe-core') };

const frames: HTMLIFrameElement[] = [];

async function load(src: string | { srcdoc: string }, width = 1200): Promise<Framed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (typeof src === 'string') frame.src = src;
  else frame.srcdoc = src.srcdoc;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Framed;
}

const builder = async (width?: number) => {
  const win = await load('/demo/builder.html', width);
  await waitUntil(() => win.document.querySelector<HTMLTextAreaElement>('#html')!.value !== '');
  return win;
};

/** Types into one of the builder's fields, or picks a choice, as a person would. */
function set(win: Framed, selector: string, value: string | boolean) {
  const input = win.document.querySelector<HTMLInputElement>(selector)!;
  if (typeof value === 'boolean') input.checked = value;
  else input.value = value;
  input.dispatchEvent(new win.Event('input', { bubbles: true }));
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
}

const widgetsIn = (doc: Document) =>
  [
    ...doc.querySelectorAll(
      'pinched-nerve-card, pinched-nerve-symptoms, pinched-nerve-map, pinched-nerve-check',
    ),
  ].map((el) => ({
    tag: el.localName,
    attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    shown: text(el.shadowRoot!.querySelector('[part="base"], ul, fieldset')),
  }));

async function drawn(win: Framed) {
  const els = [...win.document.querySelectorAll('*')].filter((el) =>
    el.localName.startsWith('pinched-nerve-'),
  );
  for (const el of els) {
    await win.customElements.whenDefined(el.localName);
    await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

describe('the snippet builder (demo/builder.html)', () => {
  before(requireBundles);
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('writes a snippet that, pasted into a blank page, shows what its preview showed', async function () {
    this.timeout(30000);
    const win = await builder();
    set(win, 'input[value="symptoms"]', true);
    set(win, 'input[value="map"]', true);
    set(win, 'input[name="region"][value="lumbar"]', true);
    set(win, '#phone', '(555) 010-4477');
    set(win, '#clinic-name', 'Lakeside "Spine" & <Back> Care');
    set(win, '#endpoint', `${window.__ENDPOINT__}/submit/ok/builder`);
    set(win, '#privacy-url', '/privacy');
    set(win, '#files', '/dist/');
    const snippet = win.document.querySelector<HTMLTextAreaElement>('#html')!;
    await waitUntil(() => snippet.value.includes('Lakeside'), 'the snippet follows the fields');
    await drawn(win);
    const preview = widgetsIn(win.document);
    expect(preview.map((w) => w.tag)).to.deep.equal([
      'pinched-nerve-card',
      'pinched-nerve-symptoms',
      'pinched-nerve-map',
      'pinched-nerve-check',
    ]);
    // With the map, each element's own module (the map is not in the all-in-one).
    for (const file of ['card', 'symptoms', 'map', 'check'])
      expect(snippet.value).to.contain(`<script type="module" src="/dist/${file}.js"></script>`);
    expect(snippet.value).to.not.contain('pinched-nerve-widgets.js');
    expect(snippet.value).to.contain(
      'clinic-name="Lakeside &quot;Spine&quot; &amp; &lt;Back&gt; Care"',
    );

    const page = await load({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><main>${snippet.value}</main></body></html>`,
    });
    await waitUntil(() => page.customElements.get('pinched-nerve-check'), 'the script loads');
    await drawn(page);
    const pasted = widgetsIn(page.document);
    expect(pasted).to.deep.equal(preview);
    const check = pasted.find((w) => w.tag === 'pinched-nerve-check')!;
    expect(check.attributes['clinic-name']).to.equal('Lakeside "Spine" & <Back> Care');
    expect(check.shown).to.contain('(555) 010-4477');
  });

  it('loads the file the README advises: the all-in-one for card and form, one element’s alone', async () => {
    const win = await builder();
    const snippet = win.document.querySelector<HTMLTextAreaElement>('#html')!;
    const scripts = () => [...snippet.value.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    set(win, '#files', '/dist/');
    await waitUntil(() => scripts()[0]?.startsWith('/dist/'), 'the snippet follows the fields');
    expect(scripts()).to.deep.equal(['/dist/pinched-nerve-widgets.js']);
    set(win, 'input[value="card"]', false);
    await waitUntil(() => scripts().length === 1 && scripts()[0] === '/dist/check.js', 'form only');
  });

  it('writes the WordPress shortcodes with the same settings', async () => {
    const win = await builder();
    set(win, '#phone', '(555) 010-4477');
    set(win, '#clinic-name', 'Lakeside [Spine]');
    const shortcode = win.document.querySelector<HTMLTextAreaElement>('#shortcode')!;
    await waitUntil(() => shortcode.value.includes('Lakeside'));
    expect(shortcode.value.split('\n')).to.deep.equal([
      '[pinched_nerve_card phone="(555) 010-4477" for="candidate-check"]',
      '[pinched_nerve_check id="candidate-check" phone="(555) 010-4477" clinic-name="Lakeside &#91;Spine&#93;"]',
    ]);
  });

  it('shows beside each field, in plain words, what the widgets would complain about', async () => {
    const win = await builder();
    const problem = (field: string) =>
      win.document.querySelector<HTMLElement>(`#${field}-problem`)!;
    // Before anything is typed: the source article's number and no endpoint.
    await waitUntil(() => !problem('phone').hidden, 'an empty phone is pointed out');
    expect(problem('phone').textContent).to.contain('1-866-850-6139');
    expect(problem('endpoint').hidden).to.equal(false);
    expect(problem('clinic-name').textContent, 'no clinic name').to.contain('this clinic');

    set(win, '#clinic-name', 'Lakeside Spine Center');
    set(win, '#phone', 'CALL 555-010-4477');
    set(win, '#endpoint', 'http://forms.example.com/candidate-check');
    set(win, '#page-url', 'http://www.example-clinic.com/back-pain');
    await waitUntil(() => problem('phone').textContent.includes('cannot dial'), 'phone', {
      timeout: 5000,
    });
    await waitUntil(() => problem('endpoint').textContent.includes('refuse'), 'endpoint', {
      timeout: 5000,
    });
    expect(problem('page-url').textContent).to.contain('not on https');
    for (const field of ['phone', 'endpoint', 'page-url']) {
      const input = win.document.getElementById(field)!;
      expect(input.getAttribute('aria-invalid'), field).to.equal('true');
      expect(input.getAttribute('aria-describedby'), field).to.contain(`${field}-problem`);
    }

    set(win, '#phone', '(555) 010-4477');
    set(win, '#endpoint', 'https://forms.example.com/candidate-check');
    set(win, '#page-url', 'https://www.example-clinic.com/back-pain');
    await waitUntil(
      () => problem('phone').hidden && problem('endpoint').hidden && problem('clinic-name').hidden,
      'good values clear the problems',
      { timeout: 5000 },
    );
    expect(problem('page-url').hidden).to.equal(true);
  });

  it('passes axe and fits a 360px phone without sideways scrolling', async function () {
    this.timeout(30000);
    const win = await builder(360);
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    win.document.head.append(script);
    await loaded;
    await drawn(win);
    const result = await win.axe!.run(win.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    const page = win.document.scrollingElement!;
    expect(page.scrollWidth).to.be.at.most(page.clientWidth);
  });
});

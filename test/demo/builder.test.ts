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

/** Leaves a field, as a person does when they tab or click away from it. */
function leave(win: Framed, selector: string) {
  const input = win.document.querySelector<HTMLInputElement>(selector)!;
  input.dispatchEvent(new win.FocusEvent('focusout', { bubbles: true }));
}

const problem = (win: Framed, field: string) =>
  win.document.querySelector<HTMLElement>(`#${field}-problem`)!;
const snippetOf = (win: Framed) => win.document.querySelector<HTMLTextAreaElement>('#html')!;
const press = (win: Framed, selector: string) =>
  win.document.querySelector<HTMLButtonElement>(selector)!.click();

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

  it('shows a field’s problem only once the person leaves it, and every problem on Copy', async () => {
    const win = await builder();
    // Leaving the phone field shows its problem, and only its: the empty endpoint and clinic
    // name wait for their own fields or for Copy.
    leave(win, '#phone');
    await waitUntil(() => !problem(win, 'phone').hidden, 'an empty phone is pointed out');
    expect(problem(win, 'phone').textContent).to.contain('1-866-850-6139');
    expect(problem(win, 'endpoint').hidden).to.equal(true);
    expect(problem(win, 'clinic-name').hidden).to.equal(true);
    const summary = win.document.getElementById('summary')!;
    expect(summary.hidden).to.equal(true);

    press(win, '[data-copy="html"]');
    await waitUntil(() => !summary.hidden, 'Copy shows what to check');
    expect(problem(win, 'endpoint').textContent).to.contain('Without an endpoint');
    expect(problem(win, 'clinic-name').textContent).to.contain('this clinic');
    expect([...summary.querySelectorAll('a')].map((a) => a.hash)).to.deep.equal([
      '#phone',
      '#clinic-name',
      '#endpoint',
    ]);
    expect(win.document.getElementById('copied')!.textContent).to.contain('3 settings');
    expect(win.document.activeElement?.id).to.be.oneOf(['summary', 'html']);
  });

  it('shows beside each field, in plain words, what the widgets would complain about', async () => {
    const win = await builder();
    set(win, '#endpoint', 'http://forms.example.com/candidate-check');
    set(win, '#phone', 'CALL 555-010-4477');
    set(win, '#page-url', 'http://www.example-clinic.com/back-pain');
    leave(win, '#phone');
    leave(win, '#page-url');
    await waitUntil(() => problem(win, 'phone').textContent.includes('cannot dial'), 'phone');
    expect(problem(win, 'page-url').textContent).to.contain('not on https');
    // The endpoint was typed in the same drawing, but its field was not left yet.
    expect(problem(win, 'endpoint').hidden).to.equal(true);
    leave(win, '#endpoint');
    await waitUntil(() => problem(win, 'endpoint').textContent.includes('refuse'), 'endpoint');
    for (const field of ['phone', 'endpoint', 'page-url']) {
      const input = win.document.getElementById(field)!;
      expect(input.getAttribute('aria-invalid'), field).to.equal('true');
      expect(input.getAttribute('aria-describedby'), field).to.contain(`${field}-problem`);
    }

    // Right values clear the problems as they are typed, before the field is left.
    set(win, '#phone', '(555) 010-4477');
    set(win, '#endpoint', 'https://forms.example.com/candidate-check');
    set(win, '#page-url', 'https://www.example-clinic.com/back-pain');
    await waitUntil(
      () => problem(win, 'phone').hidden && problem(win, 'endpoint').hidden,
      'good values clear the problems',
    );
    expect(problem(win, 'page-url').hidden).to.equal(true);
  });

  it('offers https:// for an endpoint typed without it', async () => {
    const win = await builder();
    set(win, '#endpoint', 'forms.example.com/candidate-check');
    leave(win, '#endpoint');
    await waitUntil(() => !problem(win, 'endpoint').hidden, 'the missing https:// is pointed out');
    expect(problem(win, 'endpoint').textContent).to.contain('Start the address with https://');
    press(win, '#endpoint-problem .fix');
    await waitUntil(() => problem(win, 'endpoint').hidden, 'the offer fixes it');
    expect(win.document.querySelector<HTMLInputElement>('#endpoint')!.value).to.equal(
      'https://forms.example.com/candidate-check',
    );
    expect(snippetOf(win).value).to.contain('endpoint="https://forms.example.com/candidate-check"');
  });

  it('warns about a localhost endpoint and colliding field-names, not about a relative endpoint', async () => {
    const win = await builder();
    set(win, '#endpoint', 'http://localhost:8000/api/candidate-check');
    set(win, '#field-names', '{"phone":"contact","email":"contact"}');
    leave(win, '#endpoint');
    leave(win, '#field-names');
    await waitUntil(
      () =>
        problem(win, 'endpoint').textContent.includes('leads nowhere') &&
        problem(win, 'field-names').textContent.includes('both sent as "contact"'),
      'both warnings show',
    );
    expect(snippetOf(win).value).to.contain(
      'field-names="{&quot;phone&quot;:&quot;contact&quot;,&quot;email&quot;:&quot;contact&quot;}"',
    );

    // A path on the clinic's own site is judged on that site, not here.
    set(win, '#endpoint', '/api/candidate-check');
    set(win, '#phone', 'CALL 555-010-4477');
    leave(win, '#endpoint');
    leave(win, '#phone');
    await waitUntil(() => problem(win, 'phone').textContent.includes('cannot dial'), 'drawn');
    expect(problem(win, 'endpoint').hidden).to.equal(true);
  });

  it('flags a light brand colour with a darker shade, and writes only a colour into the snippet', async () => {
    const win = await builder();
    const accent = win.document.querySelector<HTMLInputElement>('#accent')!;
    set(win, '#accent', '#ffcc00');
    leave(win, '#accent');
    await waitUntil(() => !problem(win, 'accent').hidden, 'the light colour is flagged');
    expect(problem(win, 'accent').textContent).to.match(/contrast is 1\.\d:1, and it needs 4\.5:1/);
    expect(snippetOf(win).value).to.contain('--pnw-accent: #ffcc00;');
    press(win, '#accent-problem .fix');
    await waitUntil(() => problem(win, 'accent').hidden, 'the darker shade passes');
    expect(accent.value).to.match(/^#[\da-f]{6}$/);
    expect(snippetOf(win).value).to.contain(`--pnw-accent: ${accent.value};`);
    expect(win.document.querySelector<HTMLInputElement>('#accent-picker')!.value).to.equal(
      accent.value,
    );

    set(win, '#accent', 'red;}</style><script>alert(1)</script>');
    leave(win, '#accent');
    await waitUntil(() => problem(win, 'accent').textContent.includes('Enter the colour'));
    expect(snippetOf(win).value).to.not.contain('<style>');
    expect(snippetOf(win).value).to.not.contain('alert');
  });

  it('served from a web server, says nothing about the preview’s language', async () => {
    const win = await builder();
    set(win, 'input[name="lang"][value="es"]', true);
    await waitUntil(() => snippetOf(win).value.includes('lang="es"'), 'the snippet follows');
    expect(win.document.getElementById('lang-note')!.hidden).to.equal(true);
  });

  it('on a phone, keeps Copy on screen and the code right after the preview', async () => {
    const win = await builder(360);
    const copyButton = win.document.querySelector<HTMLElement>('[data-copy="html"]')!;
    const onScreen = () => {
      const box = copyButton.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= win.innerHeight;
    };
    expect(onScreen(), 'at the top of the page').to.equal(true);
    win.scrollTo(0, win.document.documentElement.scrollHeight / 2);
    await waitUntil(() => win.scrollY > 0, 'scrolled');
    expect(onScreen(), 'half way down').to.equal(true);
    const preview = win.document.getElementById('preview')!.getBoundingClientRect();
    const code = snippetOf(win).getBoundingClientRect();
    expect(code.top - preview.bottom).to.be.below(250);
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
    // With the problems, an offer of a fix and the summary showing. (A light brand colour is
    // left out: it would make the preview's own buttons fail, as the builder warns.)
    set(win, '#endpoint', 'forms.example.com/x');
    set(win, '#accent', 'yellow');
    press(win, '[data-copy="html"]');
    await waitUntil(
      () =>
        win.document.querySelectorAll('.problem:not([hidden])').length === 4 &&
        win.document.querySelector('.problem:not([hidden]) .fix') &&
        !win.document.getElementById('summary')!.hidden,
      'the problems show',
    );
    const result = await win.axe!.run(win.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    const page = win.document.scrollingElement!;
    expect(page.scrollWidth).to.be.at.most(page.clientWidth);
  });
});

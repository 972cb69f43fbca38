// The snippet builder: reads the settings form, draws the real widgets as a preview, and writes
// the HTML and the WordPress shortcodes for them. What the widgets would print in a clinic's
// console is caught here and shown beside the field it is about, in plain words. A classic
// script, so the page also works opened from disk (a release zip).
(() => {
  const form = document.getElementById('settings');
  const preview = document.getElementById('preview');
  const htmlOut = document.getElementById('html');
  const shortcodeOut = document.getElementById('shortcode');
  const copied = document.getElementById('copied');
  const FORM_ID = 'candidate-check';
  const DEFAULT_ACCENT = '#0b5394';
  const CHECKED_FIELDS = ['phone', 'clinic-name', 'endpoint', 'privacy-url', 'page-url'];

  /** What each refused or ignored attribute means for the patient, in plain words. */
  const MEANS = {
    phone:
      'The widgets cannot dial this number, so they would show the 1-866 number from the source article instead. Use digits, spaces and ( ) + . - only.',
    endpoint:
      'The form would refuse this address and send nothing; it would offer your phone number instead.',
    'privacy-url': 'This link is not allowed, so the form would show no privacy link.',
  };

  // The widgets report bad values with console.warn or console.error, naming the attribute.
  let heard = null;
  for (const level of ['warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      if (heard) heard.push(args.map(String).join(' '));
      original(...args);
    };
  }

  const escapeAttribute = (value) =>
    value
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
  // Shortcode values also must not hold square brackets, which end the shortcode.
  const escapeShortcode = (value) =>
    escapeAttribute(value).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

  function settings() {
    const data = new FormData(form);
    const text = (name) => String(data.get(name) ?? '').trim();
    return {
      elements: data.getAll('elements'),
      region: text('region'),
      phone: text('phone'),
      clinicName: text('clinic-name'),
      endpoint: text('endpoint'),
      privacyUrl: text('privacy-url'),
      pageUrl: text('page-url'),
      lang: text('lang'),
      layout: text('layout'),
      accent: text('accent').toLowerCase(),
      files: text('files') || '/assets/',
    };
  }

  /** The widgets to place, each as its tag and attributes, in page order. */
  function widgets(s) {
    const hasForm = s.elements.includes('check');
    const lang = s.lang === 'en' ? [] : [['lang', s.lang]];
    const phone = s.phone ? [['phone', s.phone]] : [];
    const out = [];
    if (s.elements.includes('card')) {
      out.push([
        'pinched-nerve-card',
        [
          ...(s.region === 'both' ? [] : [['region', s.region]]),
          ...phone,
          ...(hasForm ? [['for', FORM_ID]] : []),
          ...lang,
        ],
      ]);
    }
    if (s.elements.includes('symptoms')) {
      for (const region of s.region === 'both' ? ['cervical', 'lumbar'] : [s.region]) {
        out.push([
          'pinched-nerve-symptoms',
          [
            ['region', region],
            ...(hasForm
              ? [
                  ['selectable', ''],
                  ['for', FORM_ID],
                ]
              : []),
            ...lang,
          ],
        ]);
      }
    }
    if (s.elements.includes('map')) {
      out.push([
        'pinched-nerve-map',
        [
          ...(s.region === 'both' ? [] : [['region', s.region]]),
          ...phone,
          ...(hasForm ? [['for', FORM_ID]] : []),
          ...lang,
        ],
      ]);
    }
    if (hasForm) {
      out.push([
        'pinched-nerve-check',
        [
          ['id', FORM_ID],
          ...(s.endpoint ? [['endpoint', s.endpoint]] : []),
          ...phone,
          ...(s.clinicName ? [['clinic-name', s.clinicName]] : []),
          ...(s.privacyUrl ? [['privacy-url', s.privacyUrl]] : []),
          ...(s.layout === 'single' ? [['layout', 'single']] : []),
          ...lang,
        ],
      ]);
    }
    return out;
  }

  function htmlSnippet(s, list) {
    const files = s.files.endsWith('/') ? s.files : `${s.files}/`;
    // As the README's "Which file" advises: one element, or the map (not in the all-in-one) with
    // others, loads each element's own module; two or three of card, list and form, the all-in-one.
    const elements = [...new Set(list.map(([tag]) => tag.replace('pinched-nerve-', '')))];
    const scripts =
      elements.length === 1 || elements.includes('map')
        ? elements.map((element) => `${element}.js`)
        : ['pinched-nerve-widgets.js'];
    const lines = scripts.map(
      (file) => `<script type="module" src="${escapeAttribute(files + file)}"></script>`,
    );
    if (s.accent !== DEFAULT_ACCENT) {
      lines.push(
        '',
        '<style>',
        '  pinched-nerve-card, pinched-nerve-symptoms, pinched-nerve-map, pinched-nerve-check {',
        `    --pnw-accent: ${s.accent};`,
        '  }',
        '</style>',
      );
    }
    for (const [tag, attributes] of list) {
      const written = attributes.map(([name, value]) =>
        value === '' ? name : `${name}="${escapeAttribute(value)}"`,
      );
      lines.push(
        '',
        written.length > 2
          ? `<${tag}\n${written.map((a) => `  ${a}`).join('\n')}\n></${tag}>`
          : `<${tag}${written.map((a) => ` ${a}`).join('')}></${tag}>`,
      );
    }
    return lines.join('\n');
  }

  function shortcodes(list) {
    return list
      .map(([tag, attributes]) => {
        const name = tag.replace(/-/g, '_');
        const written = attributes.map(
          ([key, value]) => ` ${key}="${escapeShortcode(value === '' ? 'true' : value)}"`,
        );
        return `[${name}${written.join('')}]`;
      })
      .join('\n');
  }

  /** Problems the builder can see itself: what the widgets cannot know from inside a page. */
  function ownProblems(s) {
    const found = {};
    if (s.elements.length && !s.phone)
      found.phone =
        'Enter your number: until you do, the widgets show 1-866-850-6139, the number from the source article, not yours.';
    if (s.elements.includes('check') && !s.clinicName)
      found['clinic-name'] =
        'Enter your clinic’s name: without it the consent on the form says “this clinic”, and a patient cannot tell who may contact them.';
    if (s.elements.includes('check') && !s.endpoint)
      found.endpoint =
        'Without an endpoint the form cannot send answers: it tells patients so and offers your phone number.';
    if (s.pageUrl) {
      let page = null;
      try {
        page = new URL(s.pageUrl);
      } catch {
        found['page-url'] = 'This is not a web address. Copy it from your browser’s address bar.';
      }
      const local = page && ['localhost', '127.0.0.1', '[::1]'].includes(page.hostname);
      if (page && page.protocol === 'http:' && !local && s.elements.includes('check'))
        found['page-url'] =
          'This page is not on https, so the form will not send health data from it: patients would only see your phone number. Move the page to https.';
    }
    return found;
  }

  function showProblems(problems) {
    for (const field of CHECKED_FIELDS) {
      const box = document.getElementById(`${field}-problem`);
      const input = document.getElementById(field);
      const text = problems[field];
      box.hidden = !text;
      box.textContent = text ? `Check this: ${text}` : '';
      if (text) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }

  let drawing = 0;
  async function update() {
    const s = settings();
    const list = widgets(s);
    const round = ++drawing;
    heard = [];
    const elements = list.map(([tag, attributes]) => {
      const el = document.createElement(tag);
      for (const [name, value] of attributes) el.setAttribute(name, value);
      return el;
    });
    preview.replaceChildren(...elements);
    preview.style.setProperty('--pnw-accent', s.accent);
    htmlOut.value = htmlSnippet(s, list);
    shortcodeOut.value = shortcodes(list);
    await Promise.all(
      elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)),
    );
    if (round !== drawing) return;
    const messages = heard;
    heard = null;
    const problems = ownProblems(s);
    // A widget of an earlier drawing may still report as it goes: only a message about a value
    // in use now counts.
    const inUse = new Set(
      list.flatMap(([, attributes]) => attributes.map(([n, v]) => `${n}=${v}`)),
    );
    for (const message of messages) {
      const match = /^<[\w-]+>: (?:ignoring|refusing) ([\w-]+)="([\s\S]*?)"[;:] /.exec(message);
      const field = match && match[1];
      if (!field || !CHECKED_FIELDS.includes(field) || problems[field]) continue;
      if (!inUse.has(`${field}=${match[2]}`)) continue;
      problems[field] =
        `${MEANS[field] ?? 'The widgets would ignore this value.'} (The browser console says: ${message})`;
    }
    showProblems(problems);
  }

  async function copy(button) {
    const box = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(box.value);
      copied.textContent = 'Copied. Paste it into your page.';
    } catch {
      // No clipboard access (a page opened from disk, an old browser): select it for the reader.
      box.focus();
      box.select();
      copied.textContent = 'The code is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.';
    }
  }

  form.addEventListener('input', () => void update());
  form.addEventListener('change', () => void update());
  for (const button of document.querySelectorAll('[data-copy]'))
    button.addEventListener('click', () => void copy(button));
  void update();
})();

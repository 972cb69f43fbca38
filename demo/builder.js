// The snippet builder's page: reads the settings form, draws the real widgets as a preview, and
// writes the HTML and the WordPress shortcodes (the rules are in builder-rules.js). What the
// widgets would print in a clinic's console is caught here and shown beside the field it is
// about, in plain words, once the person leaves that field or presses Copy. A classic script,
// so the page also works opened from disk (a release zip).
(() => {
  const rules = globalThis.builderRules;
  const form = document.getElementById('settings');
  const preview = document.getElementById('preview');
  const htmlOut = document.getElementById('html');
  const shortcodeOut = document.getElementById('shortcode');
  const copied = document.getElementById('copied');
  const summary = document.getElementById('summary');
  const langNote = document.getElementById('lang-note');
  const picker = document.getElementById('accent-picker');
  const accent = document.getElementById('accent');
  const CHECKED_FIELDS = [
    'phone',
    'clinic-name',
    'endpoint',
    'field-names',
    'privacy-url',
    'page-url',
    'accent',
  ];
  const fromDisk = location.protocol === 'file:';

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

  // A field's problem shows once the person has left the field or pressed Copy, and goes as soon
  // as the value is right; a new problem while typing waits for the next leaving.
  const revealed = new Set();
  let current = {};

  /** A problem's words, and a button that puts its fix in the field, if it has one. */
  function problemParts(problem, input) {
    if (!problem.fix) return [`Check this: ${problem.text}`];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fix';
    button.textContent = problem.fix.label;
    button.addEventListener('click', () => {
      input.value = problem.fix.value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
    });
    return [`Check this: ${problem.text} `, button];
  }

  function showProblems() {
    for (const field of CHECKED_FIELDS) {
      const box = document.getElementById(`${field}-problem`);
      const input = document.getElementById(field);
      const problem = current[field];
      const shown = problem && revealed.has(field) ? problem : null;
      box.hidden = !shown;
      // Drawn again only when it changes: a click on its button must find the button it pressed.
      const key = shown ? `${shown.text}\n${shown.fix?.value ?? ''}` : '';
      if (box.dataset.key !== key) {
        box.dataset.key = key;
        box.replaceChildren(...(shown ? problemParts(shown, input) : []));
      }
      if (shown) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    const listed = CHECKED_FIELDS.filter((f) => current[f] && revealed.has(f));
    if (!listed.length) summary.hidden = true;
    if (summary.dataset.key === listed.join()) return;
    summary.dataset.key = listed.join();
    summary.querySelector('ul').replaceChildren(
      ...listed.map((field) => {
        const link = document.createElement('a');
        link.href = `#${field}`;
        link.textContent = document.querySelector(`label[for="${field}"]`).textContent;
        const item = document.createElement('li');
        item.append(link);
        return item;
      }),
    );
  }

  // As GOV.UK's error summary does: a link shows the field's label and puts the cursor in it.
  summary.addEventListener('click', (event) => {
    const link = event.target.closest('a');
    if (!link) return;
    event.preventDefault();
    const field = link.hash.slice(1);
    document.querySelector(`label[for="${field}"]`).scrollIntoView();
    document.getElementById(field).focus({ preventScroll: true });
  });

  let drawing = 0;
  let latest = Promise.resolve();
  /** The problems of the settings as they are now, once the widgets have drawn them. */
  async function checked() {
    let round;
    do {
      round = drawing;
      await latest;
    } while (round !== drawing);
  }

  async function update() {
    const s = rules.settingsFrom(new FormData(form));
    const list = rules.widgets(s);
    const round = ++drawing;
    heard = [];
    const elements = list.map(([tag, attributes]) => {
      const el = document.createElement(tag);
      for (const [name, value] of attributes) el.setAttribute(name, value);
      return el;
    });
    preview.replaceChildren(...elements);
    const colour = rules.parseColour(s.accent);
    preview.style.setProperty('--pnw-accent', colour ?? rules.DEFAULT_ACCENT);
    if (colour && picker.value !== colour) picker.value = colour;
    htmlOut.value = rules.htmlSnippet(s, list);
    shortcodeOut.value = rules.shortcodes(list);
    // Opened from disk, the browser blocks the fetch of the Spanish words: the preview stays in
    // English, and only the preview; the snippet is the same.
    langNote.hidden = !(fromDisk && s.lang !== 'en');
    await Promise.all(
      elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)),
    );
    if (round !== drawing) return;
    const messages = heard;
    heard = null;
    const problems = rules.problems(s);
    // A widget of an earlier drawing may still report as it goes: only a message about a value
    // in use now counts. A relative endpoint leads, in the preview, to the builder's own
    // address (a file:// one when opened from disk), not to the clinic's: the widget's verdict
    // on it says nothing about the clinic's page.
    const inUse = new Set(
      list.flatMap(([, attributes]) => attributes.map(([n, v]) => `${n}=${v}`)),
    );
    for (const message of messages) {
      const match = /^<[\w-]+>: (?:ignoring|refusing) ([\w-]+)="([\s\S]*?)"[;:] /.exec(message);
      const field = match && match[1];
      if (!field || !CHECKED_FIELDS.includes(field) || problems[field]) continue;
      if (!inUse.has(`${field}=${match[2]}`)) continue;
      if (field === 'endpoint' && !rules.isAbsolute(match[2])) continue;
      problems[field] = {
        text: `${MEANS[field] ?? 'The widgets would ignore this value.'} (The browser console says: ${message})`,
      };
    }
    current = problems;
    for (const field of CHECKED_FIELDS) if (!problems[field]) revealed.delete(field);
    showProblems();
  }

  async function copy(button) {
    const box = document.getElementById(button.dataset.copy);
    // Asked for at once: some browsers allow the clipboard only while the click is fresh.
    let copiedIt = true;
    const writing = navigator.clipboard
      ? navigator.clipboard.writeText(box.value)
      : Promise.reject(new Error('no clipboard'));
    try {
      await writing;
    } catch {
      copiedIt = false;
    }
    for (const field of CHECKED_FIELDS) revealed.add(field);
    await checked();
    showProblems();
    const count = summary.querySelector('ul').childElementCount;
    const check = count
      ? ` Check the ${count === 1 ? 'setting' : `${count} settings`} listed above the code before you paste.`
      : '';
    summary.hidden = !count;
    if (copiedIt) {
      copied.textContent = `Copied.${check || ' Paste it into your page.'}`;
      if (count) summary.focus();
    } else {
      // No clipboard access (a page opened from disk, an old browser): select it for the reader,
      // and leave the focus there so that Ctrl+C copies it.
      box.focus();
      box.select();
      copied.textContent = `The code is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.${check}`;
    }
  }

  const redraw = () => {
    latest = update();
  };
  form.addEventListener('input', redraw);
  form.addEventListener('change', redraw);
  form.addEventListener('focusin', (event) => {
    if (!current[event.target.id]) revealed.delete(event.target.id);
  });
  form.addEventListener('focusout', (event) => {
    const field = event.target.id;
    if (!CHECKED_FIELDS.includes(field)) return;
    revealed.add(field);
    // Shown for the value as it is now, not as it was when the last drawing began.
    void checked().then(showProblems);
  });
  picker.addEventListener('input', () => {
    accent.value = picker.value;
    accent.dispatchEvent(new Event('input', { bubbles: true }));
  });
  for (const button of document.querySelectorAll('[data-copy]'))
    button.addEventListener('click', () => void copy(button));
  redraw();
})();

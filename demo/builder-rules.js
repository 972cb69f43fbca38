// The snippet builder's rules, apart from its page: which widgets and attributes the settings
// make, the HTML and the WordPress shortcodes written from them, and what the builder can tell
// is wrong before a widget ever sees it. No DOM, so test/demo/builder-rules.test.mjs runs it in
// Node and reads its shortcodes with WordPress's own parser. A classic script (it sets
// `builderRules`), so the builder also works opened from disk.
(() => {
  const FORM_ID = 'candidate-check';
  const DEFAULT_ACCENT = '#0b5394';
  const LOCAL_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$/;

  const escapeAttribute = (value) =>
    value
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');

  /**
   * A shortcode attribute value as WordPress reads it back: shortcode_parse_atts() runs
   * stripcslashes() on every value, so a backslash is doubled; square brackets would end the
   * shortcode, and it turns no-break and zero-width spaces into spaces, so those become
   * character references, which the plugin's esc_attr() leaves for the browser to read.
   */
  const escapeShortcode = (value) =>
    escapeAttribute(value.replace(/\\/g, '\\\\'))
      .replace(/\[/g, '&#91;')
      .replace(/\]/g, '&#93;')
      .replace(/\u00a0/g, '&#160;')
      .replace(/\u200b/g, '&#8203;');

  /** `#rrggbb` from `#rgb`, `#rrggbb` or the same without `#`; null for anything else. */
  function parseColour(text) {
    const hex = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(text.trim())?.[1].toLowerCase();
    if (!hex) return null;
    return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
  }

  const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const toHex = (channels) =>
    `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

  /** WCAG 2's contrast ratio of white text on `hex`. */
  function contrastWithWhite(hex) {
    const linear = rgb(hex).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    const luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    return 1.05 / (luminance + 0.05);
  }

  /** The lightest shade of `hex` (its channels scaled down alike) that white text passes 4.5:1 on. */
  function darkerShade(hex) {
    let [low, high] = [0, 1];
    for (let i = 0; i < 20; i++) {
      const mid = (low + high) / 2;
      if (contrastWithWhite(toHex(rgb(hex).map((c) => c * mid))) >= 4.5) low = mid;
      else high = mid;
    }
    let shade = toHex(rgb(hex).map((c) => c * low));
    // Rounding to whole channels may land just under the line: step down until it holds.
    while (contrastWithWhite(shade) < 4.5) shade = toHex(rgb(shade).map((c) => c - 1));
    return shade;
  }

  /** The settings form's values, from any `get(name)` / `getAll(name)` (a FormData). */
  function settingsFrom(data) {
    const text = (name) => String(data.get(name) ?? '').trim();
    return {
      elements: data.getAll('elements').map(String),
      region: text('region'),
      phone: text('phone'),
      clinicName: text('clinic-name'),
      endpoint: text('endpoint'),
      fieldNames: text('field-names'),
      privacyUrl: text('privacy-url'),
      pageUrl: text('page-url'),
      lang: text('lang'),
      layout: text('layout'),
      accent: text('accent'),
      files: text('files') || '/assets/',
    };
  }

  /** The widgets to place, each as its tag and attributes, in page order. */
  function widgets(s) {
    const hasForm = s.elements.includes('check');
    const lang = s.lang === 'en' ? [] : [['lang', s.lang]];
    const phone = s.phone ? [['phone', s.phone]] : [];
    const region = s.region === 'both' ? [] : [['region', s.region]];
    const linked = hasForm ? [['for', FORM_ID]] : [];
    const out = [];
    if (s.elements.includes('card'))
      out.push(['pinched-nerve-card', [...region, ...phone, ...linked, ...lang]]);
    if (s.elements.includes('symptoms'))
      for (const part of s.region === 'both' ? ['cervical', 'lumbar'] : [s.region])
        out.push([
          'pinched-nerve-symptoms',
          [['region', part], ...(hasForm ? [['selectable', ''], ...linked] : []), ...lang],
        ]);
    if (s.elements.includes('map'))
      out.push(['pinched-nerve-map', [...region, ...phone, ...linked, ...lang]]);
    if (hasForm)
      out.push([
        'pinched-nerve-check',
        [
          ['id', FORM_ID],
          ...(s.endpoint ? [['endpoint', s.endpoint]] : []),
          ...(s.fieldNames ? [['field-names', s.fieldNames]] : []),
          ...phone,
          ...(s.clinicName ? [['clinic-name', s.clinicName]] : []),
          ...(s.privacyUrl ? [['privacy-url', s.privacyUrl]] : []),
          ...(s.layout === 'single' ? [['layout', 'single']] : []),
          ...lang,
        ],
      ]);
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
    // Only a colour read as `#rrggbb` is ever written into the style sheet.
    const accent = parseColour(s.accent);
    if (accent && accent !== DEFAULT_ACCENT) {
      lines.push(
        '',
        '<style>',
        '  pinched-nerve-card, pinched-nerve-symptoms, pinched-nerve-map, pinched-nerve-check {',
        `    --pnw-accent: ${accent};`,
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
        const written = attributes.map(
          ([key, value]) => ` ${key}="${escapeShortcode(value === '' ? 'true' : value)}"`,
        );
        return `[${tag.replace(/-/g, '_')}${written.join('')}]`;
      })
      .join('\n');
  }

  /** True when the endpoint is written out in full (a scheme), rather than relative to the page. */
  const isAbsolute = (address) => /^[a-z][a-z\d+.-]*:(?!\d)/i.test(address);

  function endpointProblem(endpoint) {
    // `forms.example.com/x` (or `localhost:3000/x`) is a path on the clinic's own site.
    if (!isAbsolute(endpoint) && !/^[/.?#]/.test(endpoint)) {
      const fixed = `https://${endpoint}`;
      return {
        text: `Start the address with https://, like ${fixed}. Without it, the form on your page would send to a page of your own site, and the answers would be lost.`,
        fix: { label: `Use ${fixed}`, value: fixed },
      };
    }
    let url = null;
    try {
      url = new URL(endpoint);
    } catch {
      return undefined; // relative, or left to the widget, which says why it refuses
    }
    if (LOCAL_HOST.test(url.hostname))
      return {
        text: `${url.host} is the computer the address is typed on: on a patient's phone it leads nowhere, and no answer would reach you. Use your server's https address before you paste the code.`,
      };
    return undefined;
  }

  function fieldNamesProblem(text) {
    let names;
    try {
      names = JSON.parse(text);
    } catch {
      names = null;
    }
    if (
      !names ||
      typeof names !== 'object' ||
      Array.isArray(names) ||
      !Object.values(names).every((name) => name && typeof name === 'string')
    )
      return {
        text: 'Write each answer’s name and your service’s name for it in quotes, inside { }, like {"phone": "mobilephone"}. As it is, the form would send nothing.',
      };
    const keysByName = new Map();
    for (const [key, name] of Object.entries(names))
      keysByName.set(name, [...(keysByName.get(name) ?? []), key]);
    const [name, keys] = [...keysByName].find(([, k]) => k.length > 1) ?? [];
    if (!keys) return undefined;
    return {
      text: `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)} are both sent as "${name}", so one answer would overwrite the other. Give each its own name.`,
    };
  }

  function accentProblem(text) {
    const colour = parseColour(text);
    if (!colour)
      return {
        text: `Enter the colour as # and six letters or digits, like ${DEFAULT_ACCENT}. Until then the widgets keep their own blue.`,
      };
    const ratio = contrastWithWhite(colour);
    if (ratio >= 4.5) return undefined;
    const shade = darkerShade(colour);
    return {
      text: `White text on ${colour} is hard to read: the contrast is ${(Math.floor(ratio * 10) / 10).toFixed(1)}:1, and it needs 4.5:1. A darker shade of it, ${shade}, works.`,
      fix: { label: `Use ${shade}`, value: shade },
    };
  }

  /**
   * What the builder itself can see is wrong, by field: `{ text, fix? }`, where a fix offers a
   * value to put in the field. The widgets' own complaints about a value come on top of these.
   */
  function problems(s) {
    const found = {};
    const hasForm = s.elements.includes('check');
    if (s.elements.length && !s.phone)
      found.phone = {
        text: 'Enter your number: until you do, the widgets show 1-866-850-6139, the number from the source article, not yours.',
      };
    if (hasForm && !s.clinicName)
      found['clinic-name'] = {
        text: 'Enter your clinic’s name: the consent the patient ticks says who may contact them, and without a name it says “this clinic”.',
      };
    if (hasForm && !s.endpoint)
      found.endpoint = {
        text: 'Without an endpoint the form cannot send answers: it tells patients so and offers your phone number.',
      };
    else if (hasForm) {
      const problem = endpointProblem(s.endpoint);
      if (problem) found.endpoint = problem;
    }
    if (hasForm && s.fieldNames) {
      const problem = fieldNamesProblem(s.fieldNames);
      if (problem) found['field-names'] = problem;
    }
    const accent = accentProblem(s.accent);
    if (accent) found.accent = accent;
    if (s.pageUrl) {
      let page = null;
      try {
        page = new URL(s.pageUrl);
      } catch {
        found['page-url'] = {
          text: 'This is not a web address. Copy it from your browser’s address bar.',
        };
      }
      if (page && page.protocol === 'http:' && !LOCAL_HOST.test(page.hostname) && hasForm)
        found['page-url'] = {
          text: 'This page is not on https, so the form will not send health data from it: patients would only see your phone number. Move the page to https.',
        };
    }
    return found;
  }

  globalThis.builderRules = {
    DEFAULT_ACCENT,
    settingsFrom,
    widgets,
    htmlSnippet,
    shortcodes,
    problems,
    parseColour,
    contrastWithWhite,
    isAbsolute,
  };
})();

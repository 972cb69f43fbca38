/**
 * The block editor's side of the four blocks: sidebar controls made from each block's
 * attributes (which the build takes from custom-elements.json) and a preview that is the real
 * element, drawn by the widgets' own bundles (the all-in-one, and the map's). Saved content is null: the blocks are rendered
 * on the server (render.php), so a block left at its defaults follows the settings page.
 * Where a form's answers go is the administrators' decision: other writers get no controls for
 * it, a sentence saying why, links that stay on the site, and the destinations named on the
 * settings page to pick from.
 */
((): void => {
  const { registerBlockType, getBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, TextareaControl, SelectControl, ToggleControl } = wp.components;
  const __ = (text: string) => wp.i18n.__(text, 'pinched-nerve-widgets');

  /** Block supports and internals that are not the element's attributes. */
  const notElement = new Set([
    'align',
    'anchor',
    'style',
    'className',
    'lock',
    'metadata',
    'items',
    'destination',
  ]);
  const editor = window.pnwEditor ?? {
    canSetDestination: false,
    destinations: [],
    guarded: ['endpoint', 'format', 'field-names', 'method', 'encoding'],
    sameSite: ['redirect', 'cta-href'],
  };
  /** Whether an address stays on this site (what other writers' links and redirects may do). */
  const sameSite = (value: string) => {
    try {
      return new URL(value, location.href).origin === location.origin && !/^\/\//.test(value);
    } catch {
      return false;
    }
  };
  /** Whether this writer's value for an attribute counts (see includes/destinations.php). */
  const allowed = (name: string, value: unknown) =>
    editor.canSetDestination ||
    (!editor.guarded.includes(name) &&
      (!editor.sameSite.includes(name) || typeof value !== 'string' || sameSite(value)));

  /** `heading-level` → "Heading level", in the editor's language. */
  const labelOf = (name: string) => __(name[0]!.toUpperCase() + name.slice(1).replace(/-/g, ' '));

  /** The element's attributes for the preview: the block's own, else the settings page's. */
  function previewAttributes(tag: string, attributes: Attributes) {
    const shown: Record<string, string> = { ...(window.pnwEditorDefaults?.[tag] ?? {}) };
    for (const [name, value] of Object.entries(attributes)) {
      if (notElement.has(name) || value === undefined || value === false || value === '') continue;
      if (!allowed(name, value)) continue;
      shown[name] = value === true ? '' : value;
    }
    const items = String(attributes.items ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (items.length) shown.symptoms = JSON.stringify(items);
    return shown;
  }

  function control(
    name: string,
    definition: AttributeDefinition,
    { attributes, setAttributes }: EditProps,
  ) {
    const value = attributes[name];
    const set = (next: string | boolean) => setAttributes({ [name]: next });
    const common = { key: name, label: labelOf(name), __nextHasNoMarginBottom: true };
    if (definition.type === 'boolean')
      return h(ToggleControl, { ...common, checked: value === true, onChange: set });
    if (definition.enum)
      return h(SelectControl, {
        ...common,
        value: value ?? '',
        options: [
          { label: __('Default'), value: '' },
          ...definition.enum.map((v) => ({ label: v, value: v })),
        ],
        onChange: set,
      });
    return h(TextControl, { ...common, value: value ?? '', onChange: set });
  }

  for (const block of ['card', 'symptoms', 'check', 'map']) {
    const name = `pinched-nerve-widgets/${block}`;
    const tag = `pinched-nerve-${block}`;
    registerBlockType(name, {
      edit(props) {
        const definitions = Object.entries(getBlockType(name)?.attributes ?? {});
        const controls = definitions
          .filter(([attribute]) => !notElement.has(attribute))
          .filter(([attribute]) => editor.canSetDestination || !editor.guarded.includes(attribute))
          .map(([attribute, definition]) => control(attribute, definition, props));
        if (
          !editor.canSetDestination &&
          definitions.some(([a]) => editor.guarded.includes(a) || editor.sameSite.includes(a))
        ) {
          const ignored = Object.entries(props.attributes)
            .filter(([a, v]) => typeof v === 'string' && v !== '' && !allowed(a, v))
            .map(([a]) => a);
          controls.unshift(
            h('p', {
              key: 'destination-note',
              className: 'pnw-destination-note',
              children:
                __(
                  'Where the answers go is set by the site’s administrators in Settings › Pinched Nerve Widgets. Only they can change a form’s endpoint, format, field names, method or encoding, and links and redirects must stay on this site.',
                ) + (ignored.length ? ` ${__('Not used:')} ${ignored.join(', ')}.` : ''),
            }),
          );
        }
        if (block === 'check' && editor.destinations.length)
          controls.unshift(
            h(SelectControl, {
              key: 'destination',
              label: __('Where the answers go'),
              value: props.attributes.destination ?? '',
              options: [
                { label: __('The settings page’s endpoint'), value: '' },
                ...editor.destinations.map((d) => ({ label: d, value: d })),
              ],
              onChange: (destination: string) => props.setAttributes({ destination }),
              __nextHasNoMarginBottom: true,
            }),
          );
        if ('items' in props.attributes)
          controls.unshift(
            h(TextareaControl, {
              key: 'items',
              label: __('Your own items, one a line'),
              value: props.attributes.items ?? '',
              onChange: (items: string) => props.setAttributes({ items }),
            }),
          );
        return h(
          Fragment,
          null,
          h(InspectorControls, null, h(PanelBody, { title: __('Widget settings') }, ...controls)),
          h('div', useBlockProps(), h(tag, previewAttributes(tag, props.attributes))),
        );
      },
      save: () => null,
    });
  }
})();

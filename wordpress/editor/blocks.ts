/**
 * The block editor's side of the four blocks: sidebar controls made from each block's
 * attributes (which the build takes from custom-elements.json) and a preview that is the real
 * element, drawn by the widgets' own bundles (the all-in-one, and the map's). Saved content is null: the blocks are rendered
 * on the server (render.php), so a block left at its defaults follows the settings page.
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
  ]);

  /** `heading-level` → "Heading level", in the editor's language. */
  const labelOf = (name: string) => __(name[0]!.toUpperCase() + name.slice(1).replace(/-/g, ' '));

  /** The element's attributes for the preview: the block's own, else the settings page's. */
  function previewAttributes(tag: string, attributes: Attributes) {
    const shown: Record<string, string> = { ...(window.pnwEditorDefaults?.[tag] ?? {}) };
    for (const [name, value] of Object.entries(attributes)) {
      if (notElement.has(name) || value === undefined || value === false || value === '') continue;
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
          .map(([attribute, definition]) => control(attribute, definition, props));
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

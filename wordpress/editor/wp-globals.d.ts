/**
 * The few parts of WordPress's editor globals (`window.wp`) the editor script uses, typed by
 * hand: the plugin ships no @wordpress packages, it uses the copies WordPress already loads.
 */
type Attributes = Record<string, string | boolean | undefined>;
type Node = unknown;

interface AttributeDefinition {
  type: string;
  enum?: string[];
  default?: unknown;
}

interface EditProps {
  attributes: Attributes;
  setAttributes: (changes: Attributes) => void;
}

interface WordPressGlobals {
  blocks: {
    registerBlockType(
      name: string,
      settings: { edit: (props: EditProps) => Node; save: () => null },
    ): unknown;
    getBlockType(name: string): { attributes: Record<string, AttributeDefinition> } | undefined;
  };
  element: {
    createElement(type: unknown, props?: Record<string, unknown> | null, ...children: Node[]): Node;
    Fragment: unknown;
  };
  blockEditor: {
    InspectorControls: unknown;
    useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
  };
  components: {
    PanelBody: unknown;
    TextControl: unknown;
    TextareaControl: unknown;
    SelectControl: unknown;
    ToggleControl: unknown;
  };
  i18n: {
    __(text: string, domain: string): string;
  };
}

declare const wp: WordPressGlobals;

interface Window {
  /** The settings page's values per element, printed by pnw_enqueue_editor_defaults(). */
  pnwEditorDefaults?: Record<string, Record<string, string>>;
  /** Who may set a form's destination, and the named ones (pnw_enqueue_editor_defaults()). */
  pnwEditor?: {
    canSetDestination: boolean;
    destinations: string[];
    guarded: string[];
    sameSite: string[];
  };
}

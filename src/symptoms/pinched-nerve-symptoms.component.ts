import { html, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Region } from '../content/types.js';
import { asText, pickEnum } from '../shared/attributes.js';
import { PinchedNerveElement } from '../shared/base-element.js';
import { choice, choiceStyles } from '../shared/choices.js';
import { findCheck } from '../shared/linking.js';
import { translateSymptoms } from '../i18n/symptoms.js';
import { lightItems } from './light-items.js';
import { safetyLine, symptomList } from '../shared/symptom-list.js';
import { symptomsStyles } from './pinched-nerve-symptoms.styles.js';

const REGIONS = ['cervical', 'lumbar'] as const;

/** Detail of `pinched-nerve-symptoms-change`. */
export interface SymptomsChangeDetail {
  region: Region;
  selected: string[];
}

/** No real list is this long; more would take seconds to draw on a phone. */
const MAX_ITEMS = 100;

/**
 * One region's symptom list on its own, for authors who place lists in their own layout.
 * The author's own `<li>` children (with or without a `<ul>`), plain-text children (one item
 * a line, or separated by `<br>`), or a `symptoms` JSON array replace the default list.
 *
 * @summary One region's symptom list, optionally as checkboxes.
 *
 * @slot - The page's own symptom items (`<li>` or plain text), read as the list. Shown as they are when the script
 * never runs; hidden once the widget has drawn.
 *
 * @attr {string} lang - The language of its words: `en`, `es` (fetched from beside the bundle), or one added with
 * `registerTranslation()`. Without it, the nearest ancestor's `lang` decides (`<html lang="es">` is enough). An unknown
 * language shows English, with one console warning.
 *
 * @fires {CustomEvent<SymptomsChangeDetail>} pinched-nerve-symptoms-change - With `selectable`, the ticked symptoms changed.
 * `detail.selected` (string[]) and `detail.region`. Health data: keep it away from analytics.
 *
 * @csspart list - The list (`ul`) when not selectable.
 * @csspart item - One symptom when not selectable.
 * @csspart fieldset - The group of checkboxes when selectable.
 * @csspart legend - The group's label when selectable.
 * @csspart choice - One checkbox with its label when selectable.
 * @csspart safety - The line under the list: not a diagnosis, and the signs that need 911.
 *
 * @cssprop [--pnw-accent=#0b5394] - Checkbox colour.
 * @cssprop [--pnw-font=inherit] - The font family.
 * @cssprop [--pnw-focus-color=#ffbf47] - The focus ring.
 */
export class PinchedNerveSymptoms extends PinchedNerveElement {
  static override styles = [symptomsStyles, choiceStyles];
  protected override readonly _wordsFile = 'symptoms';
  static override properties = {
    region: { reflect: true },
    symptoms: { type: Array, converter: asText },
    selectable: { type: Boolean, reflect: true },
    label: {},
    for: {},
    selected: { type: Array, attribute: false },
    _lightItems: { state: true, attribute: false },
  };

  /** `cervical` (neck) or `lumbar` (lower back). */
  region: string = 'cervical';

  /**
   * Items that replace the default ones: an array of strings (as the property, e.g. from React or Vue) or its JSON,
   * e.g. `'["Neck pain","Tingling"]'`. Read back once the element has updated, it is the array.
   * @type {string | string[]}
   */
  symptoms: string | string[] = [];

  /** Shows the items as checkboxes and fires `pinched-nerve-symptoms-change`. */
  selectable = false;

  /**
   * With `selectable`: the group's label. Defaults to the region's name.
   * @type {string | number | null}
   */
  label?: string | null;

  /** With `selectable`: the id of a `<pinched-nerve-check>` whose region and symptoms follow the ticks. */
  for?: string | null;

  /** The ticked symptoms (with `selectable`). */
  selected: string[] = [];

  private _lightItems: string[] = [];

  private _regionValue: Region = 'cervical';
  private readonly _lightObserver = new MutationObserver(() => this._readLightItems());
  /** The ticks last handed to a form: the next tick sends only what changed since. */
  private _sentTicks: readonly string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this._readLightItems();
    this._lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._lightObserver.disconnect();
  }

  private _readLightItems(): void {
    // Broken markup (a blank line inside the list, in WordPress) makes the list swallow the
    // rest of the post, widgets included: say so rather than list the post's text silently.
    if (this.querySelector('pinched-nerve-card, pinched-nerve-symptoms, pinched-nerve-check')) {
      this._once('children', 'widget', () =>
        console.warn(
          `<${this.localName}>: contains another widget, so its end tag is probably missing; check for a blank line inside the list.`,
        ),
      );
    }
    this._lightItems = lightItems(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this._t.symptoms;
    super.willUpdate(changed);
    if (changed.has('region'))
      this._regionValue = pickEnum(this, 'region', this.region, REGIONS, 'cervical');
    // Ticks on the built-in items follow a change of language (with those last sent to the
    // form, which the next tick is compared with); the page's own items stay.
    if (this._t.symptoms !== before && this._isBuiltIn(this.items)) {
      if (this.selected.length)
        this.selected = translateSymptoms(this.selected, before, this._t.symptoms);
      this._sentTicks = translateSymptoms(this._sentTicks, before, this._t.symptoms);
    }
  }

  /** The items shown: `symptoms`, else the light-DOM items, else the defaults; at most 100. */
  get items(): readonly string[] {
    // Always a list once set: the property's setter parses JSON text (see accept()).
    const own = this.symptoms as string[];
    const items = own.length
      ? own
      : this._lightItems.length
        ? this._lightItems
        : this._t.symptoms[this._regionValue];
    if (items.length <= MAX_ITEMS) return items;
    // Thousands of items (a script gone wrong, a pasted document) would freeze a phone.
    this._once('items', items.length, () =>
      console.warn(`<${this.localName}>: showing the first ${MAX_ITEMS} of ${items.length} items.`),
    );
    return items.slice(0, MAX_ITEMS);
  }

  /** Whether `items` are the built-in ones (in the words' language), not the page's own. */
  private _isBuiltIn(items: readonly string[]): boolean {
    return items === this._t.symptoms[this._regionValue];
  }

  private _onToggle(item: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const others = this.selected.filter((s) => s !== item);
    this.selected = checked ? this.items.filter((s) => s === item || others.includes(s)) : others;
    const detail: SymptomsChangeDetail = {
      region: this._regionValue,
      selected: [...this.selected],
    };
    this._emit('pinched-nerve-symptoms-change', detail);
    const items = this.items;
    const check = findCheck(this, this.for, false);
    if (!check) return;
    check.preselect({
      region: this._regionValue,
      symptoms: detail.selected,
      // Only the change counts: the patient may have ticked or unticked on the form since.
      was: this._sentTicks,
      // The page's own items go along, so the form can show (and send) the same ticks.
      ...(this._isBuiltIn(items)
        ? { lists: this._t.symptoms }
        : { items, itemsLang: this._pageLang }),
    });
    this._sentTicks = detail.selected;
  }

  protected override render() {
    const items = this.items;
    // The language of the items: the words' for the built-in ones; the author's own keep the page's.
    const lang = this._isBuiltIn(items) ? this._langCode : undefined;
    // The safety line is in the words' language, whatever the items'.
    const safety = safetyLine(this._t.safety, this._langCode);
    if (!this.selectable) return html`${symptomList(items, lang)}${safety}`;
    return html`<fieldset part="fieldset" lang=${ifDefined(lang)}>
        <legend part="legend">
          ${this._ownOr(this.label, this._t.regions[this._regionValue])}
        </legend>
        ${items.map((item, i) =>
          choice({
            type: 'checkbox',
            id: `s-${i}`,
            name: 'symptoms',
            value: item,
            label: item,
            checked: this.selected.includes(item),
            onChange: (e) => this._onToggle(item, e),
          }),
        )}
      </fieldset>
      ${safety}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pinched-nerve-symptoms': PinchedNerveSymptoms;
  }
  interface GlobalEventHandlersEventMap {
    'pinched-nerve-symptoms-change': CustomEvent<SymptomsChangeDetail>;
  }
}

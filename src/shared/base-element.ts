import { LitElement } from 'lit';

/** What every element of the family shares: events that cross shadow roots, and warnings. */
export class PinchedNerveElement extends LitElement {
  private readonly warned = new Set<string>();

  /** Dispatches a bubbling, composed event; returns false when a listener canceled it. @internal */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }),
    );
  }

  /** One console.warn per element, attribute and value, naming all three. @internal */
  warnAttribute(attribute: string, value: unknown, fallback: string): void {
    this.once(attribute, value, () =>
      console.warn(
        `<${this.localName}>: ignoring ${attribute}="${String(value)}"; using ${fallback} instead.`,
      ),
    );
  }

  /** One console.error per element, attribute and value, for a value that stops the element working. @internal */
  protected refuseAttribute(attribute: string, value: unknown, why: string): void {
    this.once(attribute, value, () =>
      console.error(`<${this.localName}>: refusing ${attribute}="${String(value)}": ${why}.`),
    );
  }

  /** Runs `report` once per element, attribute and value. @internal */
  protected once(attribute: string, value: unknown, report: () => void): void {
    const key = `${attribute}=${String(value)}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    report();
  }
}

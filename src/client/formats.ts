import type { Payload } from './encode.js';
import type { EndpointCheck } from './endpoint.js';
import type { SubmitOptions, SubmitResult } from './submit.js';

/** What a format reads from the form's attributes. */
export interface FormatOptions {
  localName: string;
  fieldNames?: string | null | undefined;
  /** An object, or its JSON. */
  hiddenFields?: unknown;
  clinicName?: string | null | undefined;
  /** The answers: their keys are payload keys. */
  values: object;
  getAttribute(name: string): string | null;
}

/** A format set up for one form: its field names read, its endpoint checked. */
export interface Format {
  /** Why nothing can be sent (already told in the console), or undefined. */
  error?: string | undefined;
  /**
   * Sends the payload in the service's shape and reads its answer: field errors keyed by
   * payload key, and on success `thanks` and `next`.
   */
  send(payload: Payload, options: SubmitOptions): Promise<SubmitResult>;
}

/** A format's module (src/client/formats/): `setup` for one form. */
export interface FormatModule {
  /** Tells what it finds wrong in the console, once per form and message. */
  setup(form: FormatOptions, endpoint: EndpointCheck): Format;
}

/**
 * A format's code, loaded the first time a form uses it (`plain` only with `field-names`), so
 * that pages which never use it never download it; the bundles load it from dist/formats/.
 */
export const loadFormat = (name: string): Promise<FormatModule> => import(`./formats/${name}.js`);

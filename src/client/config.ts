import type { Encoding, PayloadValue } from './encode.js';

/**
 * Everything sending needs, read from the form's attributes once per change: a plain object, so
 * nothing in `client/` reads the DOM, the page's address or the element.
 */
export interface SendConfig {
  /** The endpoint, resolved against the page once; null when it is missing or refused. */
  url: URL | null;
  /** The endpoint as the page wrote it (trimmed): a service's ids are read from this text. */
  endpoint: string;
  /** Why the endpoint or the format was refused (already told in the console), or null. */
  problem: string | null;
  method: 'POST' | 'PUT';
  encoding: Encoding;
  /** Seconds before the request is given up. */
  timeout: number;
  /** `plain`, `hubspot` or `formspree`, as the page wrote it (trimmed); '' when not set. */
  format: string;
  /** `field-names` as the page wrote it (JSON text), or null. */
  fieldNames: string | null;
  /** Flat fields merged into every payload. */
  hiddenFields: Record<string, PayloadValue>;
  /** The form's own payload keys. */
  fields: readonly string[];
  /** The `subject` attribute, trimmed ('' when not set). */
  subject: string;
  /** The `clinic-name` attribute, trimmed ('' when not set). */
  clinicName: string;
  /** The page's title and host name, as a service's records name the page. */
  pageTitle: string;
  host: string;
}

/** A config whose endpoint is known: what a send is given. */
export type SendTarget = SendConfig & { url: URL };

/**
 * A problem a format found in the config, for the form to tell in the console once (each text
 * starts with what is refused or ignored, e.g. `refusing field-names="…"`).
 */
export interface ConfigNote {
  level: 'warn' | 'error';
  text: string;
}

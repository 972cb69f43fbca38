import type { ConfigNote, SendConfig, SendTarget } from './config.js';
import type { Payload } from './encode.js';
import { submit, type SubmitResult } from './submit.js';

/** A format set up for one config: its field names read, its endpoint checked. */
export interface Format {
  /** Why nothing can be sent, or undefined. */
  error?: string | undefined;
  /** What it found wrong or doubtful, for the form to tell in the console. */
  notes: ConfigNote[];
  /**
   * Sends the payload in the service's shape and reads its answer: field errors keyed by
   * payload key, and on success `thanks` and `next`.
   */
  send(payload: Payload, config: SendTarget): Promise<SubmitResult>;
}

/** A format's module (src/client/formats/): `setup` for one config. */
export interface FormatModule {
  setup(config: SendConfig): Format;
}

/**
 * A format's code, loaded the first time a form uses it (`plain` only with `field-names`), so
 * that pages which never use it never download it; the bundles load it from dist/formats/.
 */
export const loadFormat = (name: string): Promise<FormatModule> => import(`./formats/${name}.js`);

/**
 * The config's format, on its way: undefined for `plain` without `field-names` (the payload is
 * sent as it is). A format that is unknown, or whose code did not load, cannot send.
 */
export function prepareFormat(config: SendConfig): Promise<Format> | undefined {
  if (!config.format && !config.fieldNames) return undefined;
  const name = (config.format || 'plain').toLowerCase();
  return (
    /^(plain|hubspot|formspree)$/.test(name) ? loadFormat(name) : Promise.reject(Error())
  ).then(
    (m) => m.setup(config),
    (): Format => ({
      error: 'format',
      notes: [
        {
          level: 'error',
          text: `refusing format="${config.format}": unknown, or its code did not load.`,
        },
      ],
      send: Object as never,
    }),
  );
}

/** Sends a payload as the config says: through its format when it has one, else as it is. */
export const send = (
  payload: Payload,
  config: SendTarget,
  format: Format | undefined,
): Promise<SubmitResult> => (format ? format.send(payload, config) : submit(payload, config));

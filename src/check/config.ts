import type { SendConfig } from '../client/config.js';
import type { Encoding } from '../client/encode.js';
import { checkEndpoint } from '../client/endpoint.js';
import type { AttributeWarner } from '../shared/attributes.js';
import { flatFields } from './payload.js';
import { emptyValues } from './values.js';

/** The form's attributes that sending reads, as the element holds them. */
export interface SendAttributes {
  endpoint?: string | null | undefined;
  timeout?: string | number | null | undefined;
  format?: string | null | undefined;
  fieldNames?: string | null | undefined;
  /** An object or null: the property's setter parses JSON text (see accept()). */
  hiddenFields?: unknown;
  subject?: string | null | undefined;
  clinicName?: string | null | undefined;
}

/** The properties sending reads (see readConfig()): a change to one makes a new config. */
export const SEND_ATTRIBUTES = [
  'endpoint',
  'method',
  'encoding',
  'timeout',
  'format',
  'fieldNames',
  'hiddenFields',
  'subject',
  'clinicName',
] as const;

/** The payload's keys from the form's own fields. */
const FIELDS = Object.keys(emptyValues());

/** Seconds to wait: 15 by default; past about 24 days setTimeout overflows, and no patient waits a day. */
function timeoutSeconds(form: AttributeWarner, value: SendAttributes['timeout']): number {
  if (value == null || value === '') return 15;
  const n = Number(value);
  if (Number.isFinite(n) && n > 0) return Math.min(n, 3600);
  form._warnAttribute('timeout', value, '15 seconds');
  return 15;
}

/**
 * Reads the attributes into the config that sending is handed, warning about bad values
 * (`method` and `encoding` come checked, by the element, which owns their lists). The
 * endpoint is resolved here, once, against the page's base URL: a relative one follows
 * `<base href>`, and keeps leading where it led if the page later moves (a route change).
 */
export function readConfig(
  form: AttributeWarner,
  a: SendAttributes,
  checked: { method: 'post' | 'put'; encoding: Encoding },
  page: { baseURI: string; title: string; host: string },
): SendConfig {
  const endpoint = checkEndpoint(a.endpoint, page.baseURI);
  return {
    url: endpoint.ok ? endpoint.url : null,
    endpoint: a.endpoint?.trim() ?? '',
    // A refused endpoint, not a missing one: a page may cancel pinched-nerve-submit and send.
    problem: a.endpoint == null || endpoint.ok ? null : endpoint.reason,
    method: checked.method.toUpperCase() as 'POST' | 'PUT',
    encoding: checked.encoding,
    timeout: timeoutSeconds(form, a.timeout),
    format: a.format?.trim() ?? '',
    fieldNames: a.fieldNames ?? null,
    hiddenFields: a.hiddenFields ? flatFields(a.hiddenFields as Record<string, unknown>) : {},
    fields: FIELDS,
    subject: a.subject?.trim() ?? '',
    clinicName: a.clinicName?.trim() ?? '',
    pageTitle: page.title,
    host: page.host,
  };
}

// HubSpot's Forms API v3, unauthenticated submit: POST https://api.hsforms.com/submissions/v3/
// integration/submit/{portalId}/{formGuid}. No tracking cookie (hutk) is read or sent.
import type { Payload } from '../encode.js';
import { addFieldError, type FieldError } from '../errors.js';
import type { FormatModule } from '../formats.js';
import { submit } from '../submit.js';
import { original, readFieldNames, renamed, type FieldNames } from './field-names.js';
import { htmlText } from './html-text.js';
import { serviceUrl } from './service-url.js';

export const setup: FormatModule['setup'] = (config) => {
  const { names, error, notes } = readFieldNames(
    config,
    ['firstname', 'lastname'],
    undefined,
    NOT_FIELDS,
  );
  // HubSpot's hosts: api.hsforms.com, and api-eu1.hsforms.com and the like for its other
  // data centres. The portal id is digits, the form's id a GUID.
  const target = serviceUrl(config, 'hubspot', {
    hosts: /^api(-[a-z]{2}\d)?\.hsforms\.com$/,
    path: /^\/submissions\/v3\/integration\/submit\/(\d{1,12})\/([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})\/?$/i,
    build: ([portal, form]) => `/submissions/v3/integration/submit/${portal}/${form}`,
    shape: 'https://api.hsforms.com/submissions/v3/integration/submit/{portalId}/{formGuid}',
  });
  // HubSpot refuses the whole submission for one field its form lacks (every form made since
  // 2022): only the form's own answers, the clinic's hidden fields and what field-names names
  // are sent; campaign tags (utm_*) and a map's map_roots only when field-names names them.
  const keys = new Set([
    ...config.fields,
    ...Object.keys(config.hiddenFields),
    'lang',
    ...Object.keys(names),
  ]);
  return {
    error: error || target.error,
    notes: [...notes, ...target.notes],
    send: async (payload, to) => {
      const result = await submit(hubspotBody(payload, names, keys, to.pageTitle), {
        ...to,
        url: target.url!,
        method: 'POST',
        encoding: 'json',
      });
      if (!result.ok) return { ...result, fieldErrors: fieldErrors(result.response, names) };
      // `inlineMessage` is HTML: only its text is shown. `redirectUri` is followed as `redirect` is.
      const { inlineMessage, redirectUri } = (result.response ?? {}) as Record<string, unknown>;
      return {
        ...result,
        thanks: typeof inlineMessage === 'string' ? htmlText(inlineMessage) : undefined,
        next: typeof redirectUri === 'string' ? redirectUri : undefined,
      };
    },
  };
};

/** Keys that go in `context` and `legalConsentOptions` or as `submittedAt`, not as fields. */
const NOT_FIELDS = [
  'name',
  'consent',
  'consent_text',
  'consent_automated',
  'consent_automated_text',
  'page_url',
  'submitted_at',
];

/**
 * HubSpot's body: each answer among `keys` as a contact (`0-1`) field with a string value, the
 * name split into `firstname` and `lastname`, several choices joined with `;` (its multiple
 * checkboxes); empty answers left out. The consent words the patient agreed to (the automated
 * calls and texts box's too, when ticked) go in `legalConsentOptions`, the page's address
 * without its query string in `context`.
 */
function hubspotBody(
  payload: Payload,
  names: FieldNames,
  keys: Set<string>,
  pageName: string,
): object {
  const fields: { objectTypeId: string; name: string; value: string }[] = [];
  const add = (key: string, value: Payload[string]) => {
    const text = Array.isArray(value) ? value.join(';') : String(value);
    if (text) fields.push({ objectTypeId: '0-1', name: renamed(key, names), value: text });
  };
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'name') {
      const [first = '', ...rest] = String(value).split(/\s+/);
      add('firstname', first);
      add('lastname', rest.join(' '));
    } else if (keys.has(key) && !NOT_FIELDS.includes(key)) add(key, value);
  }
  return {
    submittedAt: String(Date.parse(String(payload.submitted_at))),
    fields,
    context: { pageUri: payload.page_url, pageName },
    legalConsentOptions: {
      consent: {
        consentToProcess: payload.consent === true,
        text: [
          ...new Set([
            payload.consent_text,
            payload.consent_automated === true && payload.consent_automated_text,
          ]),
        ]
          .filter(Boolean)
          .join(' '),
      },
    },
  };
}

/**
 * `{status: "error", errors: [{message: "Error in 'fields.email'. …", errorType}]}`: each error
 * on a field by its payload key (`firstname` and `lastname` are the name); a consent error is
 * the consent box's. Others are keyed so that the form lists them in its summary.
 */
function fieldErrors(response: unknown, names: FieldNames): FieldError[] {
  const out: FieldError[] = [];
  const list = (response as { errors?: unknown } | null)?.errors;
  (Array.isArray(list) ? list : []).forEach((error: unknown, i) => {
    const { message, errorType } = (error ?? {}) as Record<string, unknown>;
    const text = typeof message === 'string' ? message : '';
    const type = typeof errorType === 'string' ? errorType : '';
    const named = /'fields\.([^']+)'/.exec(text)?.[1];
    let field = /CONSENT|LEGAL/.test(type) ? 'consent' : named ? original(named, names) : `#${i}`;
    if (field === 'firstname' || field === 'lastname') field = 'name';
    const kind = /REQUIRED/.test(type) ? 'required' : 'invalid';
    if (text || type) addFieldError(out, { field, kind, text: text || type });
  });
  return out;
}

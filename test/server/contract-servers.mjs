// Local stand-ins for the services a clinic connects the form to, each behaving as its own
// documentation says: the request it requires (anything else gets its 4xx), its CORS answers
// including the preflight, and its success and error bodies. Each records what it accepted,
// by the id at the end of its URL; tests read that back. Ids take the services' own shapes
// (test/helpers/services.ts): a HubSpot portal or a Formspree id's first three characters picks
// an answer that a test cannot cause from the form (429, 5xx).
import { createServer } from 'node:http';

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const readBody = (req) =>
  new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

/** Starts `handle(req, res, url, record)` on a free port; GET /received/{id} reads records back. */
async function serve(handle) {
  const received = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const [, kind, id] = url.pathname.split('/');
    if (kind === 'received' && req.method === 'GET') {
      res.setHeader('Access-Control-Allow-Origin', '*');
      return json(res, 200, { requests: received.get(id) ?? [] });
    }
    const record = (id, body) => {
      const list = received.get(id) ?? [];
      list.push({
        method: req.method,
        contentType: req.headers['content-type'] ?? '',
        accept: req.headers.accept ?? '',
        cookie: req.headers.cookie ?? '',
        body,
      });
      received.set(id, list);
    };
    await handle(req, res, url, record);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const HUBSPOT_PORTALS = {
  4412345: 'ok',
  4290429: 'rate-limited',
  5000500: 'server-error',
  3020302: 'redirect',
  4004004: 'unknown-field',
};
const FORMSPREE_IDS = { xok: 'ok', r29: 'rate-limited', s50: 'server-error', rjc: 'reject-clinic' };

/**
 * HubSpot's Forms API v3 unauthenticated submit:
 * POST /submissions/v3/integration/submit/{portalId}/{formGuid}, JSON only, answered with CORS
 * for any origin (preflight included). 200 `{inlineMessage}` or `{redirectUri}`; 400
 * `{status: "error", message: "The request is not valid", correlationId, errors: [{message,
 * errorType}]}`, as HubSpot answers it, and, as for every form made since 2022, a field that is
 * not on the form refuses the whole submission with FIELD_NOT_IN_FORM_DEFINITION. The form
 * definition below is the one docs/crm.md tells a clinic to create, with the clinic's own
 * `clinic_id`, `mobilephone` (a standard HubSpot property) and one campaign property,
 * `utm_campaign`: no other utm_* and no map_roots.
 */
const HUBSPOT_FORM = new Set([
  'firstname',
  'lastname',
  'email',
  'phone',
  'mobilephone',
  'region',
  'symptoms',
  'duration',
  'treatments',
  'mri',
  'contact_method',
  'lang',
  'clinic_id',
  'utm_campaign',
]);

export function startHubspotServer() {
  return serve(async (req, res, url, record) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const match =
      /^\/submissions\/v3\/integration\/submit\/(\d+)\/([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})$/.exec(
        url.pathname,
      );
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Accept',
      });
      return res.end();
    }
    if (!match || req.method !== 'POST')
      return json(res, 404, { status: 'error', message: 'Not found' });
    const id = match[2];
    const text = await readBody(req);
    const bad = (errors, message = 'The request is not valid') =>
      json(res, 400, { status: 'error', message, correlationId: 'test-correlation', errors });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
      return json(res, 415, { status: 'error', message: 'Unsupported Media Type' });
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return bad([{ message: 'Invalid JSON', errorType: 'INVALID_JSON' }]);
    }
    record(id, text);
    const scenario = HUBSPOT_PORTALS[match[1]];
    if (scenario === 'rate-limited')
      return json(res, 429, {
        status: 'error',
        message: 'You have reached your secondly limit.',
        errorType: 'RATE_LIMIT',
      });
    if (scenario === 'server-error')
      return json(res, 500, { status: 'error', message: 'Internal error' });
    // HubSpot's refusal of a field its form lacks, as a form made since March 2022 answers.
    if (scenario === 'unknown-field')
      return bad([
        {
          message: "Error in 'fields.utm_source'. This field does not exist on the form",
          errorType: 'INVALID_FORM_FIELD',
        },
      ]);
    // The shape the API requires.
    const shapeOk =
      Array.isArray(body.fields) &&
      body.fields.every(
        (f) =>
          f &&
          f.objectTypeId === '0-1' &&
          typeof f.name === 'string' &&
          typeof f.value === 'string',
      ) &&
      (body.submittedAt === undefined || /^\d+$/.test(body.submittedAt)) &&
      (body.context === undefined ||
        (typeof body.context === 'object' &&
          Object.keys(body.context).every((k) =>
            ['pageUri', 'pageName', 'hutk', 'ipAddress'].includes(k),
          ))) &&
      Object.keys(body).every((k) =>
        ['fields', 'context', 'legalConsentOptions', 'submittedAt', 'skipValidation'].includes(k),
      );
    if (!shapeOk) return bad([{ message: 'Error in request body', errorType: 'INVALID_METADATA' }]);
    const consent = body.legalConsentOptions?.consent;
    if (
      consent &&
      (typeof consent.consentToProcess !== 'boolean' || typeof consent.text !== 'string')
    )
      return bad([
        { message: 'Invalid legal consent options', errorType: 'INVALID_LEGAL_OPTION_FORMAT' },
      ]);
    if (consent && !consent.consentToProcess)
      return bad([
        { message: 'Missing processing consent', errorType: 'MISSING_PROCESSING_CONSENT' },
      ]);
    const errors = [];
    for (const { name, value } of body.fields) {
      if (!HUBSPOT_FORM.has(name))
        errors.push({
          message: `Error in 'fields.${name}'. Field is not in the form definition`,
          errorType: 'FIELD_NOT_IN_FORM_DEFINITION',
        });
      else if (name === 'email' && value.endsWith('.invalid'))
        errors.push({
          message: `Error in 'fields.email'. Invalid email address`,
          errorType: 'INVALID_EMAIL',
        });
    }
    if (errors.length) return bad(errors);
    if (scenario === 'redirect') return json(res, 200, { redirectUri: 'javascript:alert(1)' });
    json(res, 200, {
      inlineMessage:
        '<p>Thanks, <b>we&rsquo;ll</b> call you &amp; text you.</p><img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>',
    });
  });
}

/**
 * Formspree: POST /f/{formId}, JSON or form data; JSON answers only with `Accept:
 * application/json` (else a 302 to its thank-you page). CORS for any origin, preflight
 * included. 200 `{next, ok: true}`; 422 `{error, errors: [{field, message, code}]}`; a filled
 * `_gotcha` is dropped with a 200.
 */
export function startFormspreeServer() {
  return serve(async (req, res, url, record) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Accept',
      });
      return res.end();
    }
    const match = /^\/f\/([a-z\d]{8})$/.exec(url.pathname);
    if (!match || req.method !== 'POST') return json(res, 404, { error: 'Form not found' });
    const id = match[1];
    const text = await readBody(req);
    const type = req.headers['content-type'] ?? '';
    let body;
    try {
      body = /^application\/json\b/.test(type)
        ? JSON.parse(text)
        : /^application\/x-www-form-urlencoded\b/.test(type)
          ? Object.fromEntries(new URLSearchParams(text))
          : null;
    } catch {
      body = null;
    }
    if (!body || typeof body !== 'object')
      return json(res, 400, { error: 'Unsupported content type or malformed body' });
    if (!/application\/json/.test(req.headers.accept ?? '')) {
      res.writeHead(302, { Location: 'https://formspree.io/thanks' });
      return res.end();
    }
    record(id, text);
    const scenario = FORMSPREE_IDS[id.slice(0, 3)];
    if (scenario === 'rate-limited') return json(res, 429, { error: 'Too many requests' });
    if (scenario === 'server-error') return json(res, 500, { error: 'Server error' });
    if (body._gotcha) return json(res, 200, { next: '/thanks', ok: true });
    const fields = Object.keys(body).filter((k) => !k.startsWith('_'));
    if (!fields.length)
      return json(res, 422, {
        error: 'Form is empty',
        errors: [{ code: 'EMPTY', message: 'Form is empty' }],
      });
    const errors = [];
    if (typeof body.email === 'string' && body.email.endsWith('.invalid'))
      errors.push({ field: 'email', message: 'should be an email', code: 'TYPE_EMAIL' });
    if (scenario === 'reject-clinic')
      errors.push({ code: 'FORM_DISABLED', message: 'This form is not accepting submissions' });
    if (errors.length) return json(res, 422, { error: 'Validation errors', errors });
    json(res, 200, { next: '/thanks?language=en', ok: true });
  });
}

/**
 * A webhook "catch hook" (Zapier, Make, n8n): takes any POST, but cannot answer a CORS
 * preflight (its OPTIONS gets a 405 without CORS headers), so only a simple request such as
 * `encoding="form"` gets through. Answers `{status: "success"}` with CORS for any origin.
 */
export function startWebhookServer() {
  return serve(async (req, res, url, record) => {
    const match = /^\/hooks\/catch\/([\w.-]+)$/.exec(url.pathname);
    if (req.method === 'OPTIONS') {
      res.writeHead(405);
      return res.end();
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!match || req.method !== 'POST') return json(res, 404, { status: 'error' });
    record(match[1], await readBody(req));
    json(res, 200, { status: 'success', attempt: match[1] });
  });
}

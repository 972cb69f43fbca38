// A real HTTP endpoint for the tests, on its own port (so the form's requests are
// cross-origin, preflights and all). It records what it receives; tests read it back.
import { createServer } from 'node:http';

const cors = (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Methods', 'POST, PUT, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  res.setHeader('Vary', 'Origin');
};

const json = (res, status, body) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Answers waiting for their test's GET /release/{id}. */
const waiting = new Map();
const held = (id, answer) => waiting.set(id, answer);

// Each scenario is what a real backend might answer.
const scenarios = {
  ok: (res) => json(res, 200, { message: 'Thanks from the test server' }),
  created: (res) => json(res, 201, { id: 7 }),
  text: (res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('plain thanks');
  },
  'server-error': (res) => json(res, 500, { error: 'boom' }),
  'field-errors': (res) =>
    json(res, 422, { errors: { email: 'This email address is not accepted' } }),
  'field-errors-list': (res) =>
    json(res, 400, { errors: [{ field: 'phone', message: 'We cannot text this number' }] }),
  // A message that happens to be the key of one of the form's own messages.
  'key-like-field-errors': (res) => json(res, 422, { errors: { name: 'consent' } }),
  // Blank messages are no messages.
  'blank-field-errors': (res) =>
    json(res, 422, { errors: { name: '', phone: ['  '], email: 'Check this address' } }),
  'unknown-field-errors': (res) =>
    json(res, 422, { errors: { insurance: 'Tell us the name of your insurance company' } }),
  // Errors the patient cannot fix (issue 24 §8): on a key the form lacks, on no field, and
  // alongside an error on one of the form's own fields.
  'utm-field-errors': (res) =>
    json(res, 422, { errors: { utm_source: 'This field is not on the form' } }),
  // A server that repeats the patient's answers in its errors, on no field and on a key that is one.
  'echo-field-errors': (res) =>
    json(res, 422, {
      errors: {
        '#': 'ada@example.com is already registered',
        'Ada Lovelace 555-010-2000': 'Ada Lovelace, (555) 010-2000 already booked',
      },
    }),
  'fieldless-errors': (res) => json(res, 422, { errors: [{ message: 'Form is not accepting' }] }),
  'mixed-field-errors': (res) =>
    json(res, 422, {
      errors: { utm_source: 'This field is not on the form', email: 'Use your own address' },
    }),
  // The WordPress relay's answer when the webhook was slow or redirected: it may have them.
  uncertain: (res) => json(res, 504, { code: 'pnw_uncertain' }),
  // Points a re-POST elsewhere on this server; the form must not follow it.
  redirect: (res, id) => {
    res.writeHead(307, { Location: `/submit/ok/${id}-redirected` });
    res.end();
  },
  'rate-limited': (res) => json(res, 429, { error: 'slow down' }),
  slow: (res) => setTimeout(() => json(res, 200, { message: 'late' }), 4000),
  // Held until the test asks GET /release/{id} (it removes the form meanwhile), then answered.
  'held-ok': (res, id) => held(id, () => json(res, 200, { message: 'late thanks' })),
  'held-error': (res, id) => held(id, () => json(res, 500, { error: 'late boom' })),
  'no-cors': null,
};

export async function startEndpointServer(port) {
  const received = new Map(); // id -> [{method, contentType, body}]
  const preflights = new Map(); // id -> count
  const answered = new Map(); // id -> answers written (a slow one's too, after its client left)

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const [, kind, scenario, id] = url.pathname.split('/');

    if (kind === 'received' && req.method === 'GET') {
      cors(req, res);
      return json(res, 200, {
        requests: received.get(scenario) ?? [],
        preflights: preflights.get(scenario) ?? 0,
        answered: answered.get(scenario) ?? 0,
      });
    }
    if (kind === 'release' && req.method === 'GET') {
      cors(req, res);
      waiting.get(scenario)?.();
      const released = waiting.delete(scenario);
      return json(res, released ? 200 : 404, { released });
    }
    if (kind !== 'submit' || !(scenario in scenarios) || !id) {
      res.writeHead(404);
      return res.end();
    }
    if (scenario !== 'no-cors') cors(req, res);
    if (req.method === 'OPTIONS') {
      preflights.set(id, (preflights.get(id) ?? 0) + 1);
      res.writeHead(204);
      return res.end();
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const list = received.get(id) ?? [];
      list.push({
        method: req.method,
        contentType: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
        query: url.search,
        cookie: req.headers.cookie ?? '',
      });
      received.set(id, list);
      const end = res.end.bind(res);
      res.end = (...args) => {
        answered.set(id, (answered.get(id) ?? 0) + 1);
        return end(...args);
      };
      if (scenario === 'no-cors') return json(res, 200, { message: 'no CORS headers' });
      scenarios[scenario](res, id);
    });
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

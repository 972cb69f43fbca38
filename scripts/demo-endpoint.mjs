// The demo's local stand-in for a clinic's backend: it reads what <pinched-nerve-check> posts
// (JSON, urlencoded or multipart), prints it in the terminal and answers the way a real backend
// should. A `demo_scenario` field in the payload asks it to take one of the error paths instead.

/** Where the demo server mounts the endpoint. */
export const CANDIDATE_CHECK_PATH = '/api/candidate-check';

/** Printed once when the server starts. */
export const DEMO_ENDPOINT_NOTICE = [
  `${CANDIDATE_CHECK_PATH} is a local demo endpoint: it prints what it receives in this terminal and stores nothing.`,
  'Never send real patient data to it.',
].join('\n');

export const MAX_BODY_BYTES = 64 * 1024;
export const SLOW_MS = 20_000;
const RULE_WIDTH = 64; // the printout's horizontal rules

const ALLOWED_METHODS = 'POST, PUT';
const SUCCESS = { message: 'Thanks — the demo server received your answers.' };

/** What each demo_scenario answers instead of the success response. */
const SCENARIOS = {
  'server-error': {
    status: 500,
    body: { error: 'The demo server failed on purpose (demo_scenario=server-error).' },
  },
  'field-errors': {
    status: 422,
    body: { errors: { email: 'This email address is not accepted' } },
  },
  'rate-limited': {
    status: 429,
    headers: { 'Retry-After': '60' },
    body: { error: 'Too many requests (demo_scenario=rate-limited).' },
  },
};

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Handles one request to the candidate-check endpoint.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{log?: (text: string) => void, slowMs?: number, maxBytes?: number}} [options]
 */
export async function handleCandidateCheck(req, res, options = {}) {
  const { log = console.log, slowMs = SLOW_MS, maxBytes = MAX_BODY_BYTES } = options;
  setCors(req, res);

  if (req.method === 'OPTIONS') {
    // The preflight a browser sends before a cross-origin JSON post.
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.setHeader('Access-Control-Max-Age', '600');
    res.writeHead(204).end();
    return;
  }
  if (req.method !== 'POST' && req.method !== 'PUT') {
    res.setHeader('Allow', `${ALLOWED_METHODS}, OPTIONS`);
    sendJson(res, 405, { error: `Use POST or PUT to send answers to ${CANDIDATE_CHECK_PATH}.` });
    return;
  }

  let submission;
  try {
    const body = await readBody(req, maxBytes);
    submission = { ...(await parseBody(req.headers['content-type'], body)), bytes: body.length };
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    log(
      `${timestamp()} ${req.method} ${CANDIDATE_CHECK_PATH} refused: ${error.status} ${error.message}`,
    );
    if (error.status === 413) res.setHeader('Connection', 'close'); // do not read the rest
    sendJson(res, error.status, { error: error.message });
    return;
  }

  const scenario = first(submission.fields.demo_scenario);
  const answer = Object.hasOwn(SCENARIOS, scenario) ? SCENARIOS[scenario] : undefined;
  const status = answer?.status ?? 200;
  const notes = [];
  if (scenario === 'slow') {
    notes.push(`demo_scenario=slow: waiting ${formatMs(slowMs)} before answering`);
  } else if (scenario !== undefined && !answer) {
    notes.push(`unknown demo_scenario ${show(scenario)}: answering as usual`);
  }
  log(formatSubmission(req.method, submission, notes, status));

  if (scenario === 'slow' && !(await wait(slowMs, res))) {
    log(`${timestamp()} the client closed the connection before the slow answer was sent`);
    return;
  }
  for (const [name, value] of Object.entries(answer?.headers ?? {})) res.setHeader(name, value);
  sendJson(res, status, answer?.body ?? SUCCESS);
}

/** Echoes the page's Origin; a real backend should echo only the clinic sites it serves. */
function setCors(req, res) {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
}

function sendJson(res, status, body) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

/** Reads the whole body, refusing (413) anything over `maxBytes` as soon as it is known. */
function readBody(req, maxBytes) {
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.pause();
        reject(tooLarge(maxBytes));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const tooLarge = (maxBytes) =>
  new HttpError(413, `The answers are larger than ${maxBytes / 1024} KB.`);

/** Parses the three encodings the form can send into `{encoding, fields}`; a repeated key becomes an array. */
export async function parseBody(contentType = '', body) {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    let fields;
    try {
      fields = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'The body is not valid JSON.');
    }
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
      throw new HttpError(400, 'The JSON body must be an object of fields.');
    }
    return { encoding: 'json', fields };
  }
  if (type === 'application/x-www-form-urlencoded') {
    return { encoding: 'form', fields: group(new URLSearchParams(body.toString('utf8'))) };
  }
  if (type === 'multipart/form-data') {
    let form;
    try {
      // Node's fetch Request parses multipart (boundary and all) without a dependency.
      form = await new Request('http://demo.invalid/', {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body,
      }).formData();
    } catch {
      throw new HttpError(400, 'The multipart body could not be read.');
    }
    return { encoding: 'multipart', fields: group(form) };
  }
  throw new HttpError(415, 'Send JSON, application/x-www-form-urlencoded or multipart/form-data.');
}

function group(entries) {
  const fields = Object.create(null); // so a field named __proto__ or constructor is just a field
  for (const [key, raw] of entries) {
    const value =
      typeof raw === 'string' ? raw : `[file ${raw.name || '(no name)'}, ${raw.size} bytes]`;
    if (!Object.hasOwn(fields, key)) fields[key] = value;
    else if (Array.isArray(fields[key])) fields[key].push(value);
    else fields[key] = [fields[key], value];
  }
  return fields;
}

const first = (value) => (Array.isArray(value) ? value[0] : value);

/** Resolves true after `ms`, or false as soon as the browser closes the connection. */
function wait(ms, res) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once('close', onClose);
  });
}

/** The terminal block for one submission. */
export function formatSubmission(method, { encoding, fields, bytes }, notes, status) {
  const names = Object.keys(fields);
  const width = Math.min(24, Math.max(8, ...names.map((n) => clean(n).length)));
  const count = `${names.length} field${names.length === 1 ? '' : 's'}`;
  const lines = [
    `── Candidate check received ${timestamp()} `.padEnd(RULE_WIDTH, '─'),
    `   ${method} ${CANDIDATE_CHECK_PATH} · ${encoding} · ${bytes} bytes · ${count}`,
  ];
  for (const name of names) {
    const label = `   ${clean(name).padEnd(width)} : `;
    const value = fields[name];
    if (!Array.isArray(value)) {
      lines.push(label + show(value));
    } else if (!value.length) {
      lines.push(`${label}(none)`);
    } else {
      // One line per item, aligned under the first.
      const indent = ' '.repeat(label.length);
      value.forEach((item, i) => lines.push(`${i ? indent : label}• ${show(item)}`));
    }
  }
  for (const note of notes) lines.push(`   ! ${note}`);
  lines.push(`   → answering ${status}`, '─'.repeat(RULE_WIDTH));
  return lines.join('\n');
}

const show = (value) =>
  value === '' ? '(empty)' : clean(typeof value === 'string' ? value : JSON.stringify(value));

/** Keeps control characters (terminal escape sequences included) out of the terminal. */
function clean(text) {
  return String(text).replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const formatMs = (ms) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);

const timestamp = () => {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};

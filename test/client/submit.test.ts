import { expect } from '@open-wc/testing';
import { encode } from '../../src/client/encode.js';
import { fieldErrorsFrom } from '../../src/client/response.js';
import { submit } from '../../src/client/submit.js';
import { downUrl, endpointFor } from '../helpers/endpoint.js';

const payload = { name: 'Ada', symptoms: ['Tingling', 'Muscle spasms'], consent: true, clinic: 7 };

describe('submission client', () => {
  it('posts JSON once, with its content type, and reads the JSON answer', async () => {
    const ep = endpointFor('ok');
    const result = await submit(payload, {
      url: new URL(ep.url),
      method: 'POST',
      encoding: 'json',
      timeout: 5,
    });
    expect(result).to.deep.include({ ok: true, status: 200 });
    expect(result.response).to.deep.equal({ message: 'Thanks from the test server' });
    const { requests, preflights } = await ep.received();
    expect(requests).to.have.length(1);
    expect(requests[0]!.method).to.equal('POST');
    expect(requests[0]!.contentType).to.equal('application/json');
    expect(JSON.parse(requests[0]!.body)).to.deep.equal(payload);
    expect(preflights).to.equal(1);
    expect(requests[0]!.cookie).to.equal('');
  });

  it('sends the form encoding with repeated keys for arrays and no preflight', async () => {
    const ep = endpointFor('ok');
    const result = await submit(payload, {
      url: new URL(ep.url),
      method: 'PUT',
      encoding: 'form',
      timeout: 5,
    });
    expect(result.ok).to.equal(true);
    const { requests, preflights } = await ep.received();
    expect(requests).to.have.length(1);
    expect(requests[0]!.method).to.equal('PUT');
    expect(requests[0]!.contentType).to.match(/^application\/x-www-form-urlencoded/);
    const body = new URLSearchParams(requests[0]!.body);
    expect(body.getAll('symptoms')).to.deep.equal(['Tingling', 'Muscle spasms']);
    expect(body.get('consent')).to.equal('true');
    expect(body.get('clinic')).to.equal('7');
    // PUT is not a "simple" method, so the browser asks first; POST with this type does not.
    expect(preflights).to.equal(1);
    const ep2 = endpointFor('ok');
    await submit(payload, { url: new URL(ep2.url), method: 'POST', encoding: 'form', timeout: 5 });
    expect((await ep2.received()).preflights).to.equal(0);
  });

  it('sends multipart with the browser’s boundary', async () => {
    const ep = endpointFor('ok');
    await submit(payload, {
      url: new URL(ep.url),
      method: 'POST',
      encoding: 'multipart',
      timeout: 5,
    });
    const { requests } = await ep.received();
    expect(requests[0]!.contentType).to.match(/^multipart\/form-data; boundary=/);
    expect(requests[0]!.body).to.contain('name="symptoms"');
    expect(requests[0]!.body.match(/name="symptoms"/g)).to.have.length(2);
  });

  it('reads text answers as text', async () => {
    const ep = endpointFor('text');
    const result = await submit(payload, {
      url: new URL(ep.url),
      method: 'POST',
      encoding: 'json',
      timeout: 5,
    });
    expect(result.ok && result.response).to.equal('plain thanks');
  });

  it('sorts 500, 429 and 422 answers, with field errors from either shape', async () => {
    const opts = { method: 'POST' as const, encoding: 'json' as const, timeout: 5 };
    const r500 = await submit(payload, { ...opts, url: new URL(endpointFor('server-error').url) });
    expect(r500).to.deep.include({ ok: false, status: 500, kind: 'server' });
    const r429 = await submit(payload, { ...opts, url: new URL(endpointFor('rate-limited').url) });
    expect(r429).to.deep.include({ ok: false, status: 429, kind: 'rate-limited' });
    const r422 = await submit(payload, { ...opts, url: new URL(endpointFor('field-errors').url) });
    expect(r422.ok === false && r422.fieldErrors).to.deep.equal([
      { field: 'email', kind: 'other', text: 'This email address is not accepted' },
    ]);
    const r400 = await submit(payload, {
      ...opts,
      url: new URL(endpointFor('field-errors-list').url),
    });
    expect(r400.ok === false && r400.fieldErrors).to.deep.equal([
      { field: 'phone', kind: 'other', text: 'We cannot text this number' },
    ]);
    const blank = await submit(payload, {
      ...opts,
      url: new URL(endpointFor('blank-field-errors').url),
    });
    expect(blank.ok === false && blank.fieldErrors).to.deep.equal([
      { field: 'email', kind: 'other', text: 'Check this address' },
    ]);
  });

  it('gives up after the timeout with status 0', async () => {
    const ep = endpointFor('slow');
    const result = await submit(payload, {
      url: new URL(ep.url),
      method: 'POST',
      encoding: 'json',
      timeout: 0.5,
    });
    expect(result).to.deep.include({ ok: false, status: 0, kind: 'timeout' });
  });

  it('reports a server that is down, and a CORS refusal, as network failures with status 0', async () => {
    const down = await submit(payload, {
      url: new URL(downUrl()),
      method: 'POST',
      encoding: 'json',
      timeout: 5,
    });
    expect(down).to.deep.include({ ok: false, status: 0, kind: 'network' });
    const ep = endpointFor('no-cors');
    const refused = await submit(payload, {
      url: new URL(ep.url),
      method: 'POST',
      encoding: 'form',
      timeout: 5,
    });
    expect(refused).to.deep.include({ ok: false, status: 0, kind: 'network' });
  });
});

describe('encode', () => {
  it('encodes JSON with arrays and booleans intact', () => {
    const { body, contentType } = encode(payload, 'json');
    expect(contentType).to.equal('application/json');
    expect(JSON.parse(body as string)).to.deep.equal(payload);
  });
});

describe('fieldErrorsFrom', () => {
  it('ignores bodies without usable errors', () => {
    expect(fieldErrorsFrom(null)).to.deep.equal([]);
    expect(fieldErrorsFrom('text')).to.deep.equal([]);
    expect(fieldErrorsFrom({ errors: [{ field: 1 }] })).to.deep.equal([]);
    expect(fieldErrorsFrom({ errors: { email: ['First', 'Second'] } })).to.deep.equal([
      { field: 'email', kind: 'other', text: 'First' },
    ]);
  });

  it('keeps a field named twice in a list at its place, with its last message', () => {
    const errors = [
      { field: 'email', message: 'First' },
      { field: 'phone', message: 'Phone' },
      { field: 'email', message: 'Last' },
    ];
    expect(fieldErrorsFrom({ errors })).to.deep.equal([
      { field: 'email', kind: 'other', text: 'Last' },
      { field: 'phone', kind: 'other', text: 'Phone' },
    ]);
  });

  it('keys a list entry without a field by its place, for the form to tell the developer', () => {
    const errors = [{ field: 'email', message: 'Email' }, { message: 'Form is closed' }];
    expect(fieldErrorsFrom({ errors })).to.deep.equal([
      { field: 'email', kind: 'other', text: 'Email' },
      { field: '#1', kind: 'other', text: 'Form is closed' },
    ]);
  });
});

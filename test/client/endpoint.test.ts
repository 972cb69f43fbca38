import { expect } from '@open-wc/testing';
import { checkEndpoint } from '../../src/client/endpoint.js';

const base = 'https://clinic.example/page';

describe('checkEndpoint', () => {
  it('accepts https:, same-origin relative URLs, and http: only for localhost', () => {
    expect(checkEndpoint('https://api.example/leads', base).ok).to.equal(true);
    expect(checkEndpoint('/api/candidate-check', base).ok).to.equal(true);
    expect(checkEndpoint('candidate-check', base).ok).to.equal(true);
    expect(checkEndpoint('http://localhost:3000/x', base).ok).to.equal(true);
    expect(checkEndpoint('http://127.0.0.1:3000/x', base).ok).to.equal(true);
  });

  it('refuses plain http:, other schemes, protocol-relative hosts and missing values', () => {
    for (const bad of [
      'http://api.example/x',
      'javascript:alert(1)',
      'ftp://x/y',
      'data:text/plain,x',
      '',
      null,
    ]) {
      const result = checkEndpoint(bad, base);
      expect(result.ok, String(bad)).to.equal(false);
    }
    expect(checkEndpoint('//evil.example/x', 'http://clinic.example/').ok).to.equal(false);
  });
});

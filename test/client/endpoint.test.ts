import { expect } from '@open-wc/testing';
import { checkEndpoint } from '../../src/client/endpoint.js';

const base = 'https://clinic.example/page';

describe('checkEndpoint', () => {
  it('accepts https:, same-origin relative URLs, and http: only for localhost', () => {
    expect(checkEndpoint('https://api.example/leads', base).ok).to.equal(true);
    expect(checkEndpoint('/api/candidate-check', base).ok).to.equal(true);
    expect(checkEndpoint('candidate-check', base).ok).to.equal(true);
    expect(checkEndpoint('http://localhost:3000/x', 'http://localhost:8000/').ok).to.equal(true);
    expect(checkEndpoint('http://127.0.0.1:3000/x', 'http://localhost:8000/').ok).to.equal(true);
  });

  it('refuses http://localhost from an https: page, which the browser would block (issue 24 §6)', () => {
    for (const local of ['http://localhost:3000/x', 'http://127.0.0.1:3000/x', 'http://[::1]/x']) {
      const check = checkEndpoint(local, base);
      expect(check.ok, local).to.equal(false);
      expect(check.ok || check.reason).to.contain('https: page cannot reach');
    }
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

  it('judges a relative URL by where it leads: refused where it leads to plain http: off localhost', () => {
    // A plain http: page (or a <base href="http://…">) would send it in cleartext.
    for (const page of ['http://clinic.example/page', 'http://192.168.1.20:8080/']) {
      for (const relative of ['/api/candidate-check', 'candidate-check', '?x=1']) {
        const result = checkEndpoint(relative, page);
        expect(result.ok, `${relative} on ${page}`).to.equal(false);
        expect(result.ok || result.reason).to.contain('plain http:');
      }
    }
    // Over https:, or to localhost while developing, it is allowed.
    expect(checkEndpoint('/api', 'https://other.example/').ok).to.equal(true);
    expect(checkEndpoint('/api', 'http://localhost:8000/page').ok).to.equal(true);
    expect(checkEndpoint('/api', 'http://127.0.0.1:8000/page').ok).to.equal(true);
  });

  it('refuses an endpoint with a user name or password in it', () => {
    for (const bad of [
      'https://user:pass@api.example/leads',
      'https://user@api.example/leads',
      'https://:pass@api.example/leads',
      'http://user:pass@localhost:3000/x',
      '//user:pass@api.example/leads',
    ]) {
      const result = checkEndpoint(bad, base);
      expect(result.ok, bad).to.equal(false);
      expect(result.ok || result.reason, bad).to.contain('password');
    }
  });
});

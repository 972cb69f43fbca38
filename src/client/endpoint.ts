/** Why an endpoint was refused, in words for the console. */
export type EndpointCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** This machine: the only hosts reached over plain http:, from an http: page (a test server). */
export const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Health data may only travel over HTTPS: an endpoint must come to an `https:` URL, plain
 * `http:` only for localhost and 127.0.0.1. A relative URL is judged by where it leads, not by
 * where it is written: resolved against `base` (`<base href>` may point anywhere, and a plain
 * `http:` page makes it cleartext), it passes the same rules as one written out in full.
 */
export function checkEndpoint(value: string | null | undefined, base: string): EndpointCheck {
  if (!value || !value.trim()) return { ok: false, reason: 'no endpoint is set' };
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return { ok: false, reason: 'it is not a URL' };
  }
  // fetch() refuses such a URL anyway, but only when the patient sends.
  if (url.username || url.password)
    return { ok: false, reason: 'a user name or password must not be in the URL' };
  if (url.protocol === 'https:') return { ok: true, url };
  // From an https: page the browser blocks http: (mixed content): every patient would fail.
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))
    return base.startsWith('https:')
      ? {
          ok: false,
          reason: `it leads to ${url.origin}, which an https: page cannot reach; use https:`,
        }
      : { ok: true, url };
  if (url.protocol === 'http:') {
    return {
      ok: false,
      reason: `it leads to ${url.origin}: plain http: is allowed only for localhost; use https:`,
    };
  }
  return { ok: false, reason: `the ${url.protocol} scheme is not allowed; use https:` };
}

/** Why an endpoint was refused, in words for the console. */
export type EndpointCheck = { ok: true; url: URL } | { ok: false; reason: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Health data may only travel over HTTPS: an endpoint is an absolute `https:` URL, or a
 * relative URL on the page's own origin; plain `http:` only for localhost and 127.0.0.1.
 */
export function checkEndpoint(value: string | null | undefined, base: string): EndpointCheck {
  if (!value || !value.trim()) return { ok: false, reason: 'no endpoint is set' };
  const raw = value.trim();
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, reason: 'it is not a URL' };
  }
  const relative = !/^[a-z][a-z\d+.-]*:/i.test(raw) && !raw.startsWith('//');
  if (relative && url.origin === new URL(base).origin) return { ok: true, url };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return { ok: true, url };
  if (url.protocol === 'http:') {
    return { ok: false, reason: 'plain http: is allowed only for localhost; use https:' };
  }
  return { ok: false, reason: `the ${url.protocol} scheme is not allowed; use https:` };
}

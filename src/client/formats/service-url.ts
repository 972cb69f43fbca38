import type { ConfigNote, SendConfig } from '../config.js';
import { LOCAL_HOSTS } from '../endpoint.js';
import { refusal } from './refusal.js';

/** A service's submit address: its hosts, its path with the ids, and how to write it. */
export interface Service {
  /** The service's own host names (https: only). */
  hosts: RegExp;
  /** The path as the page must write it, each id a group. */
  path: RegExp;
  /** The path rebuilt from the ids. */
  build(ids: string[]): string;
  /** What the endpoint must look like, for the console. */
  shape: string;
}

/**
 * The address a service format sends to, or why it sends nothing. The ids are read from the
 * endpoint as the page wrote it, not from the resolved URL, which has already dropped `..` and
 * `%2e` (`…/submit/4412345/../../../../evil` led to `/submissions/evil`); the request goes to
 * a URL built from them alone, on one of the service's hosts, or on this machine (a test
 * stand-in, over http: as the endpoint check allows it).
 */
export function serviceUrl(
  config: SendConfig,
  format: string,
  service: Service,
): { url?: URL; error?: string; notes: ConfigNote[] } {
  const { url, endpoint } = config;
  // A refused endpoint has been told already; a missing one is the page's own choice.
  if (!url) return { notes: [] };
  const ids = service.path.exec(/^https?:\/\/[^/?#\\\s]+(\/[^?#\s]*)$/i.exec(endpoint)?.[1] ?? '');
  const host =
    (url.protocol == 'http:' && LOCAL_HOSTS.has(url.hostname)) ||
    (url.protocol == 'https:' && !url.port && service.hosts.test(url.hostname));
  if (ids && host) return { url: new URL(service.build(ids.slice(1)), url.origin), notes: [] };
  return refusal(
    `refusing endpoint="${endpoint}": format="${format}" sends only to ${service.shape}`,
  );
}

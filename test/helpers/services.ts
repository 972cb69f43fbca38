/** The services' stand-ins started by web-test-runner.config.mjs (test/server/contract-servers.mjs). */
declare global {
  interface Window {
    __SERVICES__: { hubspot: string; formspree: string; webhook: string };
  }
}

export interface ServiceRequest {
  method: string;
  contentType: string;
  accept: string;
  cookie: string;
  body: string;
}

let counter = 0;

/**
 * The stand-ins take the services' own shapes of id (docs/crm.md), so the formats' checks pass:
 * for HubSpot, the scenario is the portal (digits), each test's form a new GUID; for Formspree,
 * the first three of the form id's eight letters and digits.
 */
const PORTALS: Record<string, string> = {
  ok: '4412345',
  'rate-limited': '4290429',
  'server-error': '5000500',
  redirect: '3020302',
  'unknown-field': '4004004',
};
const FORMSPREE: Record<string, string> = {
  ok: 'xok',
  'rate-limited': 'r29',
  'server-error': 's50',
  'reject-clinic': 'rjc',
};

/** A fresh URL on a service for one test; `scenario` picks an answer the form cannot cause. */
export function serviceUrl(service: 'hubspot' | 'formspree' | 'webhook', scenario = 'ok') {
  const random = Math.random().toString(36).slice(2);
  const id = {
    hubspot: crypto.randomUUID(),
    formspree: `${FORMSPREE[scenario]}${random.padEnd(5, '0').slice(0, 5)}`,
    webhook: `${scenario}.${Date.now().toString(36)}${random}${counter++}`,
  }[service];
  const base = window.__SERVICES__[service];
  const path = {
    hubspot: `/submissions/v3/integration/submit/${PORTALS[scenario]}/${id}`,
    formspree: `/f/${id}`,
    webhook: `/hooks/catch/${id}`,
  }[service];
  if (path.includes('undefined')) throw new Error(`no ${scenario} scenario for ${service}`);
  return {
    url: `${base}${path}`,
    id,
    /** What the service accepted for this test. */
    received: async (): Promise<ServiceRequest[]> =>
      ((await (await fetch(`${base}/received/${id}`)).json()) as { requests: ServiceRequest[] })
        .requests,
  };
}

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

/** A fresh URL on a service for one test; `scenario` picks an answer the form cannot cause. */
export function serviceUrl(service: 'hubspot' | 'formspree' | 'webhook', scenario = 'ok') {
  const id = `${scenario}.${Date.now().toString(36)}${Math.random().toString(36).slice(2)}${counter++}`;
  const base = window.__SERVICES__[service];
  const path = {
    hubspot: `/submissions/v3/integration/submit/4412345/${id}`,
    formspree: `/f/${id}`,
    webhook: `/hooks/catch/${id}`,
  }[service];
  return {
    url: `${base}${path}`,
    /** What the service accepted for this test. */
    received: async (): Promise<ServiceRequest[]> =>
      ((await (await fetch(`${base}/received/${id}`)).json()) as { requests: ServiceRequest[] })
        .requests,
  };
}

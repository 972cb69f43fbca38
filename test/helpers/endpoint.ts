/** The real HTTP endpoint started by web-test-runner.config.mjs, on another origin. */
declare global {
  interface Window {
    __ENDPOINT__: string;
    __DOWN_URL__: string;
  }
}

export interface Received {
  requests: { method: string; contentType: string; body: string; query: string; cookie: string }[];
  preflights: number;
  /** Answers the server has written (a `slow` one 4 s after its request, whoever still listens). */
  answered: number;
}

let counter = 0;

/** A fresh endpoint URL for one test: `scenario` picks the server's answer (see endpoint-server.mjs). */
export function endpointFor(scenario: string) {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${counter++}`;
  return {
    id,
    url: `${window.__ENDPOINT__}/submit/${scenario}/${id}`,
    /** What the server received for this test, read back from the server itself. */
    received: async (): Promise<Received> =>
      (await fetch(`${window.__ENDPOINT__}/received/${id}`)).json() as Promise<Received>,
    /** Lets a `held-…` scenario answer now; false if it was not holding an answer. */
    release: async (): Promise<boolean> => (await fetch(`${window.__ENDPOINT__}/release/${id}`)).ok,
  };
}

export const downUrl = () => `${window.__DOWN_URL__}/submit/ok/x`;

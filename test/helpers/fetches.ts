/**
 * Records the page's fetch() calls whose URL contains `part`, and lets them through. The widgets
 * send answers and load their words only with fetch(), so "nothing was sent" is shown by the
 * calls made, not by waiting a guessed time for a request that would still be on its way
 * (issue 27 §7). `restore()` puts fetch back.
 */
export function watchFetches(part: string) {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes(part)) urls.push(url);
    return original.call(window, input, init);
  };
  return { urls, restore: () => void (window.fetch = original) };
}

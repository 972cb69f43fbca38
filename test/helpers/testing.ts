/**
 * What the browser tests get when they import '@open-wc/testing' (web-test-runner.config.mjs
 * points them here): the same module, except that a waitUntil() given no timeout of its own
 * waits for its condition for up to WAIT_MS, not open-wc's 1 s. One second was a wall-clock
 * guess that a busy machine overran (issue 27 §7: Spanish words and linked widgets arriving
 * late in Firefox). Passing runs wait only as long as the condition takes; the bound only says
 * how long a failing one takes to fail, and stays under the runner's test timeout (30 s), so a
 * failure still names the condition it waited for.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export * from '@open-wc/testing';

export const WAIT_MS = 15000;

export const waitUntil: typeof openWcWaitUntil = (predicate, message, options = {}) =>
  openWcWaitUntil(predicate, message, { timeout: WAIT_MS, ...options });

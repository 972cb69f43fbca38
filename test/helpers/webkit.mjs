// WebKit (Safari's engine) through WebKitWebDriver under a virtual display (xvfb-run), on a free
// port, waited for rather than guessed at. For web-test-runner.config.mjs and the node tests
// that drive WebKit themselves (test/wordpress/).
import { spawn } from 'node:child_process';
import { browsers } from '../../scripts/browsers.mjs';
import { freePort, listening } from './ports.mjs';

/** Starts WebKitWebDriver; `stop()` ends it and its display (its whole process group). */
export async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(browsers.xvfb.path, ['-a', browsers.webkitDriver.path, `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const failed = new Promise((_, reject) =>
    driver.once('error', (error) =>
      reject(new Error(`Could not start WebKitWebDriver under xvfb-run: ${error.message}`)),
    ),
  );
  try {
    await Promise.race([listening(port, 30000, 'WebKitWebDriver'), failed]);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop };
}

/** What WebKitWebDriver is asked for: WebKitGTK's MiniBrowser, under automation. */
export const webkitCapabilities = () => ({
  'webkitgtk:browserOptions': { binary: browsers.webkit.path, args: ['--automation'] },
});

// Ports for the servers and browser drivers the tests start: a free one, and waiting (on the
// condition, not a guessed time) until something accepts connections on one.
import { connect, createServer } from 'node:net';

/** A port nothing listens on now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Resolves once something accepts connections on `port`; fails after `ms`, naming `what`. */
export const listening = (port, ms, what = `port ${port}`) =>
  new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`${what} did not start on port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });

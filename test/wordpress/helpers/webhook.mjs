// A local webhook for the relay: records every request (method, content type, raw body) and
// answers as the test says: `answer = { status, body, delay }`.
import { createServer } from 'node:http';
import { freePort } from '../../../scripts/wordpress/site.mjs';

export async function startWebhook() {
  const received = [];
  const hook = {
    received,
    answer: {
      status: 200,
      body: { message: 'We will call you within one working day.' },
      delay: 0,
    },
    url: '',
    close: () => new Promise((resolve) => server.close(resolve)),
  };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({
        method: req.method,
        path: req.url,
        type: req.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const { status, body, delay } = hook.answer;
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body === undefined ? '' : JSON.stringify(body));
      }, delay ?? 0);
    });
  });
  server.keepAliveTimeout = 1;
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  hook.url = `http://127.0.0.1:${port}/hook`;
  return hook;
}

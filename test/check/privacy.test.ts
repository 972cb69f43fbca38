import { expect, waitUntil } from '@open-wc/testing';
import '../../dist/check.js';
import { endpointFor } from '../helpers/endpoint.js';
import { fillAll, mountCheck, pressSubmit } from '../helpers/form.js';

describe('<pinched-nerve-check> privacy', () => {
  it('keeps what the patient typed out of storage, cookies, the URL and the console', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const cookiesBefore = document.cookie;
    const urlBefore = location.href;
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => {
      console[m] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    });
    try {
      for (const scenario of ['ok', 'server-error', 'field-errors']) {
        const el = await mountCheck(endpointFor(scenario).url);
        await fillAll(el);
        await pressSubmit(el);
        await waitUntil(() => el.status !== 'sending', '');
      }
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
    const secrets = ['Ada', 'Lovelace', '010-2000', 'ada@example.com'];
    const places = [
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
      location.href,
      logged.join('\n'),
    ];
    for (const secret of secrets) for (const place of places) expect(place).to.not.contain(secret);
    expect(document.cookie).to.equal(cookiesBefore);
    expect(location.href).to.equal(urlBefore);
  });

  it('does not send cookies to the endpoint', async () => {
    const ep = endpointFor('ok');
    const el = await mountCheck(ep.url);
    await fillAll(el);
    await pressSubmit(el);
    await waitUntil(() => el.status === 'success', '');
    expect((await ep.received()).requests[0]!.cookie).to.equal('');
  });
});

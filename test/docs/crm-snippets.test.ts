import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import '../../dist/check.js';
import { fillAll, pressSubmit } from '../helpers/form.js';
import { serviceUrl } from '../helpers/services.js';

/** The ```html blocks of docs/crm.md, as a reader copies them. */
async function snippets(): Promise<string[]> {
  const markdown = await (await fetch('/docs/crm.md')).text();
  return [...markdown.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('docs/crm.md', () => {
  it('has a snippet for HubSpot, Formspree and a webhook', async () => {
    const formats = (await snippets()).map((html) => /format="(\w+)"/.exec(html)?.[1] ?? 'webhook');
    expect(formats).to.deep.equal(['hubspot', 'formspree', 'webhook']);
  });

  it('each snippet sends a real submission to its service’s stand-in', async () => {
    for (const html of await snippets()) {
      const service = (/format="(\w+)"/.exec(html)?.[1] ?? 'webhook') as
        'hubspot' | 'formspree' | 'webhook';
      const { url, received } = serviceUrl(service);
      const template = document.createElement('template');
      template.innerHTML = html.replace(/endpoint="[^"]*"/, `endpoint="${url}"`);
      const el = await fixture<PinchedNerveCheck>(template.content.firstElementChild!);
      await fillAll(el);
      await pressSubmit(el);
      await waitUntil(() => el.status !== 'sending', 'still sending');
      expect(el.status, service).to.equal('success');
      expect(await received(), service).to.have.length(1);
    }
  });
});

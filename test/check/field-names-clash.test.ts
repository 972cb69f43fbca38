/**
 * Issue 24 §2: a `field-names` mapping that makes two payload keys collide, or that names a
 * service's reserved field, would silently drop contact details. It is refused when the page
 * loads: one console error naming the attribute, the "cannot send answers yet" state with the
 * phone, and nothing sent. On the built files.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../dist/check.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { captureWarnings } from '../helpers/console.js';
import { serviceUrl } from '../helpers/services.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

const cases = [
  { format: 'plain', names: '{"phone":"email"}', why: 'sends no phone number' },
  { format: 'plain', names: '{"name":"consent"}', why: 'loses the name' },
  { format: 'formspree', names: '{"email":"_gotcha"}', why: 'loses the email to the spam trap' },
  { format: 'hubspot', names: '{"phone":"email"}', why: 'sends two email fields' },
  { format: 'hubspot', names: '{"utm_source":"email"}', why: 'sends a campaign tag as the email' },
] as const;

describe('field-names that would drop an answer', () => {
  afterEach(() => document.querySelectorAll('pinched-nerve-check').forEach((el) => el.remove()));

  for (const { format, names, why } of cases) {
    it(`format="${format}" field-names='${names}' (it ${why}) is refused at load`, async () => {
      const service = serviceUrl(format === 'plain' ? 'webhook' : format);
      const errors = captureWarnings('error');
      const el = document.createElement('pinched-nerve-check');
      el.setAttribute('endpoint', service.url);
      el.setAttribute('format', format);
      el.setAttribute('field-names', names);
      el.setAttribute('phone', '555 010 4477');
      el.setAttribute('layout', 'single');
      try {
        document.body.append(el);
        await waitUntil(() => $(el, '.not-configured'), 'the form never said it cannot send');
      } finally {
        errors.restore();
      }
      expect(errors.messages, 'one console error').to.have.length(1);
      expect(errors.messages[0]).to.contain('<pinched-nerve-check>').and.contain('field-names');
      expect($(el, '.not-configured a[href^="tel:"]'), 'the phone').to.not.equal(null);
      expect(await service.received()).to.have.length(0);
    });
  }

  it('a mapping with no clash still sends', async () => {
    const service = serviceUrl('formspree');
    const el: PinchedNerveCheck = document.createElement('pinched-nerve-check');
    el.setAttribute('endpoint', service.url);
    el.setAttribute('format', 'formspree');
    el.setAttribute('field-names', '{"phone":"mobile","email":"email_address"}');
    el.setAttribute('layout', 'single');
    document.body.append(el);
    await waitUntil(() => $(el, '#f-name'), 'not drawn');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect($(el, '.not-configured')).to.equal(null);
  });
});

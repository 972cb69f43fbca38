/**
 * Issue 24 §6: `format="hubspot"` and `format="formspree"` send only to their service's own
 * submit address: its host (or this machine, for a test stand-in), and ids of the service's
 * shape read from the endpoint as the page wrote it. Anything else is refused when the page
 * loads: one console error, the "cannot send answers yet" state with the phone, nothing sent.
 * On the built files.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../dist/check.js';
import type { PinchedNerveCheck } from '../../../src/check/pinched-nerve-check.component.js';
import { captureWarnings } from '../../helpers/console.js';
import { send } from '../../helpers/form.js';
import { serviceUrl } from '../../helpers/services.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

const GUID = '0f9e8d7c-6b5a-4c3d-9e8f-7a6b5c4d3e2f';
const SUBMIT = '/submissions/v3/integration/submit';
const hubspot = () => window.__SERVICES__.hubspot;
const formspree = () => window.__SERVICES__.formspree;

function mount(format: string, endpoint: string) {
  const el: PinchedNerveCheck = document.createElement('pinched-nerve-check');
  el.setAttribute('endpoint', endpoint);
  el.setAttribute('format', format);
  el.setAttribute('phone', '555 010 4477');
  el.setAttribute('clinic-name', 'Lakeside Spine');
  el.setAttribute('layout', 'single');
  document.body.append(el);
  return el;
}

const refused = (el: Element) =>
  waitUntil(() => $(el, '.not-configured'), 'the form never said it cannot send');

describe('the service formats’ endpoints', () => {
  afterEach(() => document.querySelectorAll('pinched-nerve-check').forEach((el) => el.remove()));

  const cases: [format: string, why: string, endpoint: () => string][] = [
    [
      'hubspot',
      'climbs out of the path with ..',
      () => `${hubspot()}${SUBMIT}/4412345/../../../../evil`,
    ],
    [
      'hubspot',
      'climbs out with %2e%2e',
      () => `${hubspot()}${SUBMIT}/4412345/%2e%2e/%2e%2e/%2e%2e/%2e%2e/evil`,
    ],
    [
      'hubspot',
      'has a portal id that is not digits',
      () => `${hubspot()}${SUBMIT}/44a2345/${GUID}`,
    ],
    [
      'hubspot',
      'has a form id that is not a GUID',
      () => `${hubspot()}${SUBMIT}/4412345/contact-form`,
    ],
    ['hubspot', 'has a query string', () => `${hubspot()}${SUBMIT}/4412345/${GUID}?portal=1`],
    ['hubspot', 'is on another https: host', () => `https://evil.example${SUBMIT}/4412345/${GUID}`],
    [
      'hubspot',
      'is on a host that only starts like HubSpot’s',
      () => `https://api.hsforms.com.evil.example${SUBMIT}/4412345/${GUID}`,
    ],
    ['hubspot', 'is relative', () => `${SUBMIT}/4412345/${GUID}`],
    // This machine is for a test stand-in over http: only; https: there is whatever the
    // patient's own machine runs (the docs: only from an http: page).
    [
      'hubspot',
      'is this machine over https:',
      () => `https://localhost:8443${SUBMIT}/4412345/${GUID}`,
    ],
    ['formspree', 'is this machine over https:', () => `https://127.0.0.1/f/xyzabcde`],
    ['formspree', 'climbs out of the path with ..', () => `${formspree()}/f/xokabcde/../../evil`],
    ['formspree', 'has an id that is not Formspree’s', () => `${formspree()}/f/xok-abcde-12345`],
    ['formspree', 'is on another https: host', () => `https://evil.example/f/xyzabcde`],
  ];

  for (const [format, why, endpoint] of cases) {
    it(`format="${format}": an endpoint that ${why} is refused at load`, async () => {
      const errors = captureWarnings('error');
      let el: PinchedNerveCheck;
      try {
        el = mount(format, endpoint());
        await refused(el);
      } finally {
        errors.restore();
      }
      expect(errors.messages, 'one console error').to.have.length(1);
      expect(errors.messages[0]).to.contain('<pinched-nerve-check>').and.contain('endpoint');
      expect($(el, '.not-configured a[href^="tel:"]'), 'the phone').to.not.equal(null);
    });
  }

  it('HubSpot’s and Formspree’s own addresses are accepted, HubSpot’s EU host too', async () => {
    const errors = captureWarnings('error');
    const good = [
      mount('hubspot', `https://api.hsforms.com${SUBMIT}/4412345/${GUID}`),
      mount('hubspot', `https://api-eu1.hsforms.com${SUBMIT}/4412345/${GUID.toUpperCase()}`),
      mount('formspree', 'https://formspree.io/f/xyzabcde'),
    ];
    // Set up after the three above (the same format code, loaded once): once these are refused,
    // the others have been judged too.
    const bad = [
      mount('hubspot', `https://evil.example${SUBMIT}/4412345/${GUID}`),
      mount('formspree', 'https://evil.example/f/xyzabcde'),
    ];
    try {
      for (const el of bad) await refused(el);
    } finally {
      errors.restore();
    }
    for (const el of good) {
      await el.updateComplete;
      expect($(el, '.not-configured'), el.getAttribute('endpoint')!).to.equal(null);
    }
    for (const el of good)
      expect(errors.messages.join('\n')).to.not.contain(`"${el.getAttribute('endpoint')}"`);
  });

  it('the request goes to the address built from the ids (a trailing slash dropped)', async () => {
    for (const format of ['hubspot', 'formspree'] as const) {
      const service = serviceUrl(format);
      const el = mount(format, `${service.url}/`);
      await waitUntil(() => $(el, '#f-name'), 'not drawn');
      await send(el);
      expect(el.status, format).to.equal('success');
      expect(await service.received(), format).to.have.length(1);
    }
  });
});

/**
 * Issue 24 §3: HubSpot refuses a whole submission for one field its form lacks, and the form
 * used to send every payload key: each `utm_*` of the page's address and a linked map's
 * `map_roots` too. It now sends the form's own answers, the clinic's hidden fields and what
 * `field-names` names; campaign tags and `map_roots` only when `field-names` names them.
 * Against the HubSpot stand-in, which refuses unknown fields as HubSpot does; asserted on what
 * it received. On the built files.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../dist/map.js';
import '../../../dist/check.js';
import type { PinchedNerveCheck } from '../../../src/check/pinched-nerve-check.component.js';
import { fillRequired, nextEvent, pressSubmit } from '../../helpers/form.js';
import { serviceUrl } from '../../helpers/services.js';

interface Drawn extends HTMLElement {
  updateComplete: Promise<boolean>;
}
interface Body {
  fields: { objectTypeId: string; name: string; value: string }[];
  context: Record<string, string>;
}
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

const CAMPAIGN = { utm_source: 'spring-mailer', utm_medium: 'email', utm_campaign: 'sciatica' };

/**
 * A page reached from a campaign link, with a map linked to a HubSpot form: the patient points
 * at C6, fills in the rest and sends. Returns the form and the body the stand-in received.
 */
async function sendFromCampaign(extra: Record<string, string> = {}) {
  const service = serviceUrl('hubspot');
  const box = await fixture<HTMLElement>(
    html`<div>
      <pinched-nerve-map for="hs-form"></pinched-nerve-map>
      <pinched-nerve-check
        id="hs-form"
        format="hubspot"
        endpoint=${service.url}
        clinic-name="Lakeside Spine"
        layout="single"
      ></pinched-nerve-check>
    </div>`,
  );
  const map = box.querySelector<Drawn>('pinched-nerve-map')!;
  const check = box.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
  for (const [name, value] of Object.entries(extra)) check.setAttribute(name, value);
  await waitUntil(() => $(map, '#root-C6') && $(check, '#f-name'), 'not drawn');
  $<HTMLInputElement>(map, '#root-C6')!.click();
  await map.updateComplete;
  $<HTMLAnchorElement>(map, '[part="cta-button"]')!.click();
  await check.updateComplete;
  await fillRequired(check);
  const submitted = nextEvent<{ payload: Record<string, unknown> }>(check, 'pinched-nerve-submit');
  await pressSubmit(check);
  const { payload } = (await submitted).detail;
  await waitUntil(() => check.status !== 'sending', 'still sending');
  const requests = await service.received();
  expect(requests, 'one request').to.have.length(1);
  return { check, payload, body: JSON.parse(requests[0]!.body) as Body };
}

describe('format="hubspot" on a campaign link, with a linked map', () => {
  let address = '';
  beforeEach(() => {
    address = location.href;
    const url = new URL(location.href);
    for (const [key, value] of Object.entries(CAMPAIGN)) url.searchParams.set(key, value);
    history.replaceState(history.state, '', url);
  });
  afterEach(() => history.replaceState(history.state, '', address));

  it('sends only the form’s own answers: no utm_* and no map_roots, and HubSpot accepts it', async () => {
    const { check, payload, body } = await sendFromCampaign();
    // The page's payload has them (the events carry it)…
    expect(payload).to.include(CAMPAIGN);
    expect(payload.map_roots).to.deep.equal(['C6']);
    // …HubSpot gets none of them.
    expect(check.status).to.equal('success');
    expect(body.fields.map((f) => f.name)).to.deep.equal([
      'region',
      'firstname',
      'lastname',
      'phone',
      'lang',
    ]);
    expect(body.fields.find((f) => f.name === 'region')?.value).to.equal('cervical');
    // The page's address without its query string: the campaign tags are not in it either.
    expect(body.context).to.deep.equal({
      pageUri: `${location.origin}${location.pathname}`,
      pageName: document.title,
    });
  });

  it('sends a campaign tag the clinic names in field-names, under that name', async () => {
    const { check, body } = await sendFromCampaign({
      'field-names': '{"utm_campaign":"utm_campaign"}',
    });
    expect(check.status).to.equal('success');
    const fields = Object.fromEntries(body.fields.map((f) => [f.name, f.value]));
    expect(fields.utm_campaign).to.equal('sciatica');
    expect(fields).to.not.have.any.keys('utm_source', 'utm_medium', 'map_roots');
  });
});

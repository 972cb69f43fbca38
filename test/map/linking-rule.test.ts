/**
 * Issue 24 §7: the map fills in a form only through `for` (docs/elements.md, "Linking to the
 * form"). Without it, its button still leads to the first form and hands it the chosen root's
 * region, as the card's does, but the form's payload gains no `map_roots`. On the built files.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../dist/map.js';
import '../../dist/check.js';
import { endpointFor } from '../helpers/endpoint.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { fillRequired, nextEvent, pressSubmit } from '../helpers/form.js';

interface Drawn extends HTMLElement {
  updateComplete: Promise<boolean>;
}
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Fills in what the single-page form requires beside the region, and sends it to the server. */
async function send(check: PinchedNerveCheck, ep: ReturnType<typeof endpointFor>) {
  await fillRequired(check);
  const done = nextEvent(check, 'pinched-nerve-success');
  await pressSubmit(check);
  await done;
  const { requests } = await ep.received();
  expect(requests).to.have.length(1);
  return JSON.parse(requests[0]!.body) as Record<string, unknown>;
}

describe('the map and a form it is not linked to (no `for`)', () => {
  it('its button hands the first form the region, and the payload has no map_roots', async () => {
    const ep = endpointFor('ok');
    const box = await fixture<HTMLElement>(
      html`<div>
        <pinched-nerve-map></pinched-nerve-map>
        <pinched-nerve-check id="unlinked" endpoint=${ep.url} layout="single"></pinched-nerve-check>
      </div>`,
    );
    const map = box.querySelector<Drawn>('pinched-nerve-map')!;
    const check = box.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await waitUntil(() => $(map, '#root-C6') && $(check, '#f-name'), 'not drawn');
    $<HTMLInputElement>(map, '#root-C6')!.click();
    await map.updateComplete;
    const button = $<HTMLAnchorElement>(map, '[part="cta-button"]')!;
    expect(button.getAttribute('href'), 'the button leads to the first form').to.equal('#unlinked');
    button.click();
    await check.updateComplete;
    expect($<HTMLInputElement>(check, 'input[name=region]:checked')?.value).to.equal('cervical');
    const body = await send(check, ep);
    expect(body.region).to.equal('cervical');
    expect(body, 'no map_roots without for').to.not.have.property('map_roots');
  });

  it('with `for`, the same button sends map_roots', async () => {
    const ep = endpointFor('ok');
    const box = await fixture<HTMLElement>(
      html`<div>
        <pinched-nerve-map for="linked"></pinched-nerve-map>
        <pinched-nerve-check id="linked" endpoint=${ep.url} layout="single"></pinched-nerve-check>
      </div>`,
    );
    const map = box.querySelector<Drawn>('pinched-nerve-map')!;
    const check = box.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await waitUntil(() => $(map, '#root-C6') && $(check, '#f-name'), 'not drawn');
    $<HTMLInputElement>(map, '#root-C6')!.click();
    await map.updateComplete;
    $<HTMLAnchorElement>(map, '[part="cta-button"]')!.click();
    await check.updateComplete;
    const body = await send(check, ep);
    expect(body.map_roots).to.deep.equal(['C6']);
  });
});

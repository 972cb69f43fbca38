import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { symptoms } from '../../src/content/en.js';

describe('linking the card and lists to the form', () => {
  it('the card’s button scrolls to and focuses the form, preselecting the card’s region', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <pinched-nerve-card region="lumbar"></pinched-nerve-card>
        <div style="height: 2000px"></div>
        <pinched-nerve-check id="check"></pinched-nerve-check>
      </div>`,
    );
    const card = page.querySelector('pinched-nerve-card')!;
    const check = page.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await card.updateComplete;
    const ctaEvents: unknown[] = [];
    card.addEventListener('pinched-nerve-cta', (e) => ctaEvents.push((e as CustomEvent).detail));
    card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!.click();
    await check.updateComplete;
    expect(check.shadowRoot!.activeElement?.id).to.equal('title');
    expect(check.values.region).to.equal('lumbar');
    expect(ctaEvents).to.deep.equal([{ href: null }]);
    await waitUntil(
      () => check.getBoundingClientRect().top < window.innerHeight,
      'form not scrolled into view',
    );
  });

  it('has no button when there is no form and no cta-href', async () => {
    const card = await fixture(html`<pinched-nerve-card></pinched-nerve-card>`);
    expect(card.shadowRoot!.querySelector('[part="cta-button"]')).to.equal(null);
    expect(card.shadowRoot!.querySelector('[part="phone"]')).to.not.equal(null);
  });

  it('a selectable list with for="…" sets the form’s region and symptoms', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <pinched-nerve-symptoms region="cervical" selectable for="linked"></pinched-nerve-symptoms>
        <pinched-nerve-check id="linked"></pinched-nerve-check>
      </div>`,
    );
    const list = page.querySelector('pinched-nerve-symptoms')!;
    const check = page.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await list.updateComplete;
    list.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await check.updateComplete;
    expect(check.values.region).to.equal('cervical');
    expect(check.values.symptoms).to.deep.equal([symptoms.cervical[1]]);
    expect(check.shadowRoot!.querySelector<HTMLInputElement>('#f-symptoms-1')!.checked).to.equal(
      true,
    );
  });
});

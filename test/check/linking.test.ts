import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
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

  it('on a page without a form, the button calls the clinic; with no phone either, there is none', async () => {
    const card = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card phone="555-010-4477"></pinched-nerve-card>`,
    );
    const button = card.shadowRoot!.querySelector('[part="cta-button"]');
    expect(button?.getAttribute('href')).to.equal('tel:5550104477');
    card.phone = '';
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="cta-button"]')).to.equal(null);
  });

  it('finds a form added after the card rendered, when the button is pressed', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><pinched-nerve-card></pinched-nerve-card></div>`,
    );
    const card = page.querySelector('pinched-nerve-card')!;
    await card.updateComplete;
    const check = document.createElement('pinched-nerve-check');
    page.append(check);
    await check.updateComplete;
    card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!.click();
    await check.updateComplete;
    expect(check.shadowRoot!.activeElement?.id).to.equal('title');
  });

  it('does not change a region the patient already chose', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <pinched-nerve-card region="lumbar"></pinched-nerve-card>
        <pinched-nerve-check></pinched-nerve-check>
      </div>`,
    );
    const check = page.querySelector<PinchedNerveCheck>('pinched-nerve-check')!;
    await check.updateComplete;
    check.shadowRoot!.querySelector<HTMLInputElement>('#f-region')!.click();
    page
      .querySelector('pinched-nerve-card')!
      .shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!
      .click();
    expect(check.values.region).to.equal('cervical');
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

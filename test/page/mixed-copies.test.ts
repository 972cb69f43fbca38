/**
 * Two copies, split: the page's own code imports only the card from the package
 * (`pinched-nerve-widgets/card`), and a plugin loads the classic bundle, which then defines the
 * list and the form. The card (one copy of Lit) must still reach the form (the other copy).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PinchedNerveCard } from '../../dist/card.js';
import { symptoms } from '../../src/content/en.js';
import { requireBundles } from '../embed/frame.js';

describe('the card from the package, the list and the form from the classic bundle', () => {
  before(requireBundles);

  it('links across the two copies, and the bundle keeps the card already defined', async () => {
    expect(customElements.get('pinched-nerve-check')).to.equal(undefined);
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <pinched-nerve-card region="cervical" for="split-form"></pinched-nerve-card>
        <pinched-nerve-symptoms
          region="lumbar"
          selectable
          for="split-form"
        ></pinched-nerve-symptoms>
        <pinched-nerve-check id="split-form" endpoint="/api/candidate-check"></pinched-nerve-check>
      </div>`,
    );
    const card = page.querySelector('pinched-nerve-card')!;
    await card.updateComplete;
    expect(
      card.shadowRoot!.querySelector('[part="cta-button"]')!.getAttribute('href'),
      'no form yet: the button calls',
    ).to.match(/^tel:/);

    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const script = document.createElement('script');
    script.src = '/dist/pinched-nerve-widgets.iife.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('pinched-nerve-card')).to.equal(PinchedNerveCard);

    const check = page.querySelector('pinched-nerve-check')!;
    const list = page.querySelector('pinched-nerve-symptoms')!;
    await customElements.whenDefined('pinched-nerve-check');
    await Promise.all([check.updateComplete, list.updateComplete]);
    await waitUntil(
      () =>
        card.shadowRoot!.querySelector('[part="cta-button"]')!.getAttribute('href') ===
        '#split-form',
      'the card never noticed the bundle’s form',
    );
    card.shadowRoot!.querySelector<HTMLElement>('[part="cta-button"]')!.click();
    await waitUntil(() => check.shadowRoot!.activeElement?.id === 'title', 'form not focused');
    expect(check.values.region).to.equal('cervical');
    list.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await check.updateComplete;
    expect(check.values.region).to.equal('both');
    expect(check.values.symptoms).to.deep.equal([symptoms.lumbar[0]]);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../dist/card.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import { card as words } from '../../src/content/card-en.js';
import { symptoms } from '../../src/content/en.js';
import { captureWarnings } from '../helpers/console.js';
import { text } from '../helpers/text.js';
import { drawn } from '../helpers/drawn.js';

describe('<pinched-nerve-card>', () => {
  it('shows the title as an h2, both regions with their symptom lists, treatment, CTA and attribution', async () => {
    const el = await fixture<PinchedNerveCard>(html`<pinched-nerve-card></pinched-nerve-card>`);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('h2'))).to.equal(words.heading);
    const sections = root.querySelectorAll('[part="region"]');
    expect(sections.length).to.equal(2);
    expect(text(sections[0]!.querySelector('h3'))).to.equal(
      'Pinched nerve root in the neck (cervical)',
    );
    expect(text(sections[1]!.querySelector('h3'))).to.equal(
      'Pinched nerve root in the lower back (lumbar)',
    );
    const cervicalItems = [...sections[0]!.querySelectorAll('li')].map(text);
    const lumbarItems = [...sections[1]!.querySelectorAll('li')].map(text);
    expect(cervicalItems).to.deep.equal([...symptoms.cervical]);
    expect(cervicalItems.length).to.be.greaterThan(3);
    expect(lumbarItems).to.deep.equal([...symptoms.lumbar]);
    expect(text(root.querySelector('[part="treatment"]'))).to.contain('physical therapy');
    expect(text(root.querySelector('[part="treatment"]'))).to.contain('may be asked to consider');
    expect(text(root.querySelector('[part="cta"]'))).to.contain(
      'less invasive option than open neck or back surgery',
    );
    // The source supplied the lumbar list and the treatment, not the cervical list.
    expect(text(root.querySelector('[part="attribution"]'))).to.equal(
      'Based on information supplied by The Spinal Columns Network',
    );
  });

  it('calls the article number by default through a tel: link', async () => {
    const el = await fixture<PinchedNerveCard>(html`<pinched-nerve-card></pinched-nerve-card>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="phone"] a')!;
    expect(text(link)).to.equal('1-866-850-6139');
    expect(link.getAttribute('href')).to.equal('tel:18668506139');
  });

  it('uses the clinic’s own phone number, and hides the phone line when phone is empty', async () => {
    const el = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card phone="+1 (555) 010-2000"></pinched-nerve-card>`,
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="phone"] a')!;
    expect(link.getAttribute('href')).to.equal('tel:+15550102000');
    el.phone = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="phone"]')).to.equal(null);
  });

  it('shows one region when region is set, and re-renders when it changes', async () => {
    const el = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card region="lumbar"></pinched-nerve-card>`,
    );
    expect(el.shadowRoot!.querySelectorAll('[part="region"]').length).to.equal(1);
    expect(text(el.shadowRoot!.querySelector('[part="region"] h3'))).to.contain('(lumbar)');
    el.setAttribute('region', 'cervical');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="region"] h3'))).to.contain('(cervical)');
  });

  it('replaces the title and its level, with sub-headings one level below', async () => {
    const el = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card heading="Neck or back?" heading-level="3"></pinched-nerve-card>`,
    );
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Neck or back?');
    expect(el.shadowRoot!.querySelectorAll('h4').length).to.equal(3);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('hides the attribution when it is empty and names another source when set', async () => {
    const el = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card attribution=""></pinched-nerve-card>`,
    );
    expect(el.shadowRoot!.querySelector('[part="attribution"]')).to.equal(null);
    el.attribution = 'Dr. Lee';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="attribution"]'))).to.equal(
      'Based on information supplied by Dr. Lee',
    );
  });

  it('falls back to defaults with one warning per bad value, never a blank card', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<PinchedNerveCard>(
        html`<pinched-nerve-card
          region="shoulder"
          layout="grid"
          heading-level="9"
        ></pinched-nerve-card>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="region"]').length).to.equal(2);
      expect(el.shadowRoot!.querySelector('h2')).to.not.equal(null);
      expect(warnings.messages.filter((m) => m.includes('region="shoulder"'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('layout="grid"'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('heading-level="9"'))).to.have.length(1);
      expect(warnings.messages.every((m) => m.startsWith('<pinched-nerve-card>'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('refuses a javascript: cta-href with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<PinchedNerveCard>(
        html`<pinched-nerve-card cta-href="javascript:alert(1)"></pinched-nerve-card>`,
      );
      const links = [...el.shadowRoot!.querySelectorAll('a')].map(
        (a) => a.getAttribute('href') ?? '',
      );
      expect(links.some((h) => h.startsWith('javascript'))).to.equal(false);
      expect(warnings.messages.some((m) => m.includes('cta-href'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('uses its own words for a blank heading or button label, never an empty title or button', async () => {
    const el = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card heading=" " cta-label=" "></pinched-nerve-card>`,
    );
    expect(text(el.shadowRoot!.querySelector('#title'))).to.equal(words.heading);
    expect(text(el.shadowRoot!.querySelector('[part="cta-button"]'))).to.equal(words.ctaLabel);
  });

  it('links the button to cta-href with the author’s label', async () => {
    const el = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card cta-href="/book" cta-label="Book a review"></pinched-nerve-card>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="cta-button"]')!;
    expect(button.getAttribute('href')).to.equal('/book');
    expect(text(button)).to.equal('Book a review');
  });

  it('stacks the regions in a narrow container and puts them side by side in a wide one', async () => {
    const wrapper = await drawn(
      await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><pinched-nerve-card></pinched-nerve-card></div>`,
      ),
    );
    const el = wrapper.querySelector('pinched-nerve-card')!;
    await el.updateComplete;
    const [a, b] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="region"]')];
    expect(a!.getBoundingClientRect().top).to.be.lessThan(b!.getBoundingClientRect().top);
    expect(el.scrollWidth).to.be.at.most(320);
    wrapper.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
  });

  it('keeps columns side by side when layout="columns" and stacks them when layout="stacked"', async () => {
    const el = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card layout="stacked" style="width: 900px"></pinched-nerve-card>`,
    );
    const tops = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="region"]')].map(
        (s) => s.getBoundingClientRect().top,
      );
    expect(tops()[0]).to.be.lessThan(tops()[1]!);
    el.layout = 'columns';
    await el.updateComplete;
    expect(tops()[0]).to.equal(tops()[1]);
  });

  it('passes axe-core', async () => {
    const el = await fixture<PinchedNerveCard>(html`<pinched-nerve-card></pinched-nerve-card>`);
    await expect(el).to.be.accessible();
  });
});

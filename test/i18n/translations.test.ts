import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerTranslation } from '../../dist/pinched-nerve-widgets.js';
import type { PinchedNerveCard } from '../../src/card/pinched-nerve-card.component.js';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import { en } from '../helpers/english.js';
import { fill } from '../../src/i18n/translations.js';
import { captureWarnings } from '../helpers/console.js';
import { $, pressSubmit } from '../helpers/form.js';
import { text } from '../helpers/text.js';
import { drawn } from '../helpers/drawn.js';

const heading = (el: HTMLElement) => text(el.shadowRoot!.querySelector('h2'));
const base = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="base"]')!;

describe('languages the page adds or changes', () => {
  it('shows English for an unknown language, with lang="en" on the content and one warning', async () => {
    const warnings = captureWarnings();
    try {
      const wrap = await drawn(
        await fixture<HTMLElement>(
          html`<div lang="tlh">
            <pinched-nerve-card></pinched-nerve-card><pinched-nerve-card></pinched-nerve-card>
          </div>`,
        ),
      );
      const cards = [...wrap.querySelectorAll<PinchedNerveCard>('pinched-nerve-card')];
      for (const card of cards) {
        await card.updateComplete;
        expect(heading(card)).to.equal(en.card.heading);
        expect(base(card).getAttribute('lang')).to.equal('en');
      }
      cards[0]!.requestUpdate();
      await cards[0]!.updateComplete;
      await aTimeout(0); // said after the page's own scripts have had their turn
      expect(warnings.messages).to.deep.equal([
        '<pinched-nerve-card>: no words for lang="tlh"; showing English. Add them with registerTranslation("tlh", {...}).',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('marks the page’s own words with the page’s language when its words fall back to English', async () => {
    const warnings = captureWarnings();
    try {
      const wrap = await drawn(
        await fixture<HTMLElement>(
          html`<div lang="tlh">
            <pinched-nerve-card heading="nuqDaq 'oH puchpa''e'"></pinched-nerve-card>
          </div>`,
        ),
      );
      const card = wrap.querySelector<PinchedNerveCard>('pinched-nerve-card')!;
      await card.updateComplete;
      expect(base(card).getAttribute('lang')).to.equal('en');
      const own = card.shadowRoot!.querySelector('h2 span[lang]')!;
      expect(own.getAttribute('lang')).to.equal('tlh');
      expect(text(own)).to.equal("nuqDaq 'oH puchpa''e'");
      // The card's own words stay English, unmarked inside the English content.
      expect(card.shadowRoot!.querySelector('[part="cta-button"] span')).to.equal(null);
      await aTimeout(0);
    } finally {
      warnings.restore();
    }
  });

  it('registers a partial language: its words where given, English key by key elsewhere', async () => {
    const warnings = captureWarnings();
    const card = await fixture<PinchedNerveCard>(
      html`<pinched-nerve-card lang="fr-CA"></pinched-nerve-card>`,
    );
    // English until French is registered, by a script that runs after the widgets drew; no
    // warning, since it came in the same turn (a classic script right after the bundle).
    expect(heading(card)).to.equal(en.card.heading);
    registerTranslation('fr', {
      card: { heading: 'Nerf coincé : cou ou bas du dos', cervical: { heading: 'Au cou' } },
      symptoms: { lumbar: ['Douleur qui descend dans la jambe'] },
    });
    await aTimeout(0);
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
    await waitUntil(() => heading(card) === 'Nerf coincé : cou ou bas du dos');
    expect(base(card).getAttribute('lang')).to.equal('fr');
    const root = card.shadowRoot!;
    expect(text(root.querySelector('.region.cervical h3'))).to.equal('Au cou');
    expect(text(root.querySelector('.region.cervical p'))).to.equal(en.card.cervical.intro);
    expect([...root.querySelectorAll('.region.lumbar li')].map(text)).to.deep.equal([
      'Douleur qui descend dans la jambe',
    ]);
    expect(text(root.querySelector('[part="cta-button"]'))).to.equal(en.card.ctaLabel);
  });

  it('ignores unknown or mistyped keys, naming them in one warning, and keeps the rest', async () => {
    const warnings = captureWarnings();
    try {
      registerTranslation('de', {
        card: { heading: 'Eingeklemmter Nerv', headng: 'x', intro: 'not a list' },
        check: { errors: { name: 7 } },
      } as never);
      expect(warnings.messages).to.deep.equal([
        'registerTranslation("de"): ignoring unknown or mistyped keys: card.headng, card.intro, check.errors.name.',
      ]);
      const card = await fixture<PinchedNerveCard>(
        html`<pinched-nerve-card lang="de"></pinched-nerve-card>`,
      );
      expect(heading(card)).to.equal('Eingeklemmter Nerv');
      expect(text(card.shadowRoot!.querySelector('[part="intro"] p'))).to.equal(en.card.intro[0]);
    } finally {
      warnings.restore();
    }
  });

  it('changes one English label without a fork, on widgets already shown', async () => {
    const check = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check></pinched-nerve-check>`,
    );
    expect(text($(check, '[part="submit-button"]'))).to.equal(en.check.continue);
    registerTranslation('en', {
      check: { continue: 'Next', errors: { region: 'Pick one, please' } },
    });
    await waitUntil(() => text($(check, '[part="submit-button"]')) === 'Next');
    await pressSubmit(check);
    expect(text($(check, '.error-summary a'))).to.equal('Pick one, please');
    // A language with no word of its own for it falls back to the clinic's English.
    const other = await fixture<PinchedNerveCheck>(
      html`<pinched-nerve-check lang="fr"></pinched-nerve-check>`,
    );
    expect(text($(other, '[part="submit-button"]'))).to.equal('Next');
  });

  it('fills {marks} and leaves unknown ones as they are', () => {
    expect(fill('Step {step} of {of}', { step: 2, of: 3 })).to.equal('Step 2 of 3');
    expect(fill('{who} agrees', {})).to.equal('{who} agrees');
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../dist/symptoms.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { symptoms } from '../../src/content/en.js';
import { captureWarnings } from '../helpers/console.js';

const items = (el: PinchedNerveSymptoms) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent?.trim());

describe('<pinched-nerve-symptoms>', () => {
  it('lists the default symptoms of the region as a list', async () => {
    const el = await fixture<PinchedNerveSymptoms>(
      html`<pinched-nerve-symptoms region="lumbar"></pinched-nerve-symptoms>`,
    );
    expect(el.shadowRoot!.querySelector('ul')).to.not.equal(null);
    expect(items(el)).to.deep.equal([...symptoms.lumbar]);
    el.region = 'cervical';
    await el.updateComplete;
    expect(items(el)).to.deep.equal([...symptoms.cervical]);
  });

  it('uses the author’s own <li> children, with or without a <ul>, and follows later edits', async () => {
    const bare = await fixture<PinchedNerveSymptoms>(
      html`<pinched-nerve-symptoms region="lumbar"
        ><li>Burning in the calf</li>
        <li>Foot drop</li></pinched-nerve-symptoms
      >`,
    );
    expect(items(bare)).to.deep.equal(['Burning in the calf', 'Foot drop']);
    const wrapped = await fixture<PinchedNerveSymptoms>(
      html`<pinched-nerve-symptoms
        ><ul>
          <li>Arm pain</li>
        </ul></pinched-nerve-symptoms
      >`,
    );
    expect(items(wrapped)).to.deep.equal(['Arm pain']);
    const li = document.createElement('li');
    li.textContent = 'Hand weakness';
    wrapped.querySelector('ul')!.append(li);
    await new Promise((r) => setTimeout(r));
    await wrapped.updateComplete;
    expect(items(wrapped)).to.deep.equal(['Arm pain', 'Hand weakness']);
  });

  it('uses a symptoms JSON array, and warns once about bad JSON, keeping the defaults', async () => {
    const el = await fixture<PinchedNerveSymptoms>(
      html`<pinched-nerve-symptoms symptoms='["One","Two"]'></pinched-nerve-symptoms>`,
    );
    expect(items(el)).to.deep.equal(['One', 'Two']);
    const warnings = captureWarnings();
    try {
      el.symptoms = '[oops';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(items(el)).to.deep.equal([...symptoms.cervical]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<pinched-nerve-symptoms>');
      expect(warnings.messages[0]).to.contain('symptoms="[oops"');
    } finally {
      warnings.restore();
    }
  });

  it('falls back to the neck list for an unknown region, with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<PinchedNerveSymptoms>(
        html`<pinched-nerve-symptoms region="knee"></pinched-nerve-symptoms>`,
      );
      expect(items(el)).to.deep.equal([...symptoms.cervical]);
      expect(warnings.messages.filter((m) => m.includes('region="knee"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('with selectable, shows checkboxes in a fieldset and reports the ticked symptoms', async () => {
    const el = await fixture<PinchedNerveSymptoms>(
      html`<pinched-nerve-symptoms region="lumbar" selectable></pinched-nerve-symptoms>`,
    );
    const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes.length).to.equal(symptoms.lumbar.length);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('Lower back');
    setTimeout(() => boxes[2]!.click());
    const first = await oneEvent(el, 'pinched-nerve-symptoms-change');
    expect(first.detail).to.deep.equal({ region: 'lumbar', selected: [symptoms.lumbar[2]] });
    expect(first.bubbles && first.composed).to.equal(true);
    setTimeout(() => boxes[0]!.click());
    const second = await oneEvent(el, 'pinched-nerve-symptoms-change');
    expect(second.detail.selected).to.deep.equal([symptoms.lumbar[0], symptoms.lumbar[2]]);
  });

  it('passes axe-core as a list and as checkboxes', async () => {
    const list = await fixture(
      html`<pinched-nerve-symptoms region="lumbar"></pinched-nerve-symptoms>`,
    );
    await expect(list).to.be.accessible();
    const boxes = await fixture(html`<pinched-nerve-symptoms selectable></pinched-nerve-symptoms>`);
    await expect(boxes).to.be.accessible();
  });
});

describe('<pinched-nerve-symptoms> plain-text children', () => {
  it('reads one item a line, and items separated by <br> or wrapped in paragraphs', async () => {
    // prettier-ignore
    const lines = await fixture<PinchedNerveSymptoms>(html`<pinched-nerve-symptoms region="lumbar">
        Burning in the calf
        Foot drop
      </pinched-nerve-symptoms>`);
    expect(items(lines)).to.deep.equal(['Burning in the calf', 'Foot drop']);
    // What wpautop() makes of those lines.
    // prettier-ignore
    const autop = await fixture<PinchedNerveSymptoms>(html`<pinched-nerve-symptoms region="lumbar"><p>Burning in the calf<br />
Foot drop<br />Numb toes</p></pinched-nerve-symptoms>`);
    expect(items(autop)).to.deep.equal(['Burning in the calf', 'Foot drop', 'Numb toes']);
  });

  it('never makes an item, to tick or to send, of scripts, styles, templates, noscript or comments', async () => {
    // What a tag manager or a plugin may put inside, parsed as a page is (so no script runs).
    const list = (markup: string) => {
      const el = document.createElement('pinched-nerve-symptoms');
      el.setAttribute('region', 'lumbar');
      el.setAttribute('selectable', '');
      el.append(...new DOMParser().parseFromString(`<body>${markup}`, 'text/html').body.childNodes);
      return fixture<PinchedNerveSymptoms>(html`${el}`);
    };
    const plain = await list(`
        Burning in the calf
        <script>window.dataLayer = window.dataLayer || [];</script>
        Foot drop<style>.promo { color: red }</style>
        <template>Template text</template><noscript>Turn on JavaScript</noscript>
        <!-- tracking pixel -->
        Numb toes`);
    const labels = [...plain.shadowRoot!.querySelectorAll('label')].map((l) =>
      l.textContent?.trim(),
    );
    expect(labels).to.deep.equal(['Burning in the calf', 'Foot drop', 'Numb toes']);
    const boxes = [...plain.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes).to.have.length(3);
    for (const box of boxes) box.click();
    await plain.updateComplete;
    expect(plain.selected).to.deep.equal(['Burning in the calf', 'Foot drop', 'Numb toes']);
    const listed = await list(
      '<li>Leg pain <script>track()</script><!-- x --></li><li>Foot drop</li>',
    );
    listed.removeAttribute('selectable');
    await listed.updateComplete;
    expect(items(listed)).to.deep.equal(['Leg pain', 'Foot drop']);
  });
});

describe('<pinched-nerve-symptoms> swallowing the page', () => {
  it('warns once when it contains another widget (its end tag went missing)', async () => {
    const warnings = captureWarnings();
    try {
      await fixture(
        html`<pinched-nerve-symptoms
          ><li>Leg pain</li>
          <pinched-nerve-check></pinched-nerve-check
        ></pinched-nerve-symptoms>`,
      );
      const matching = warnings.messages.filter((m) => m.includes('contains another widget'));
      expect(matching).to.have.length(1);
      expect(matching[0]).to.match(/^<pinched-nerve-symptoms>/);
    } finally {
      warnings.restore();
    }
  });
});

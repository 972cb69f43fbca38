import { expect } from '@open-wc/testing';
import { card as words } from '../../src/content/card-en.js';
import { symptoms } from '../../src/content/en.js';
import { rendered, type Fixture } from './frame.js';
import { text } from '../helpers/text.js';

/** The card and the lumbar list, fully rendered from a bundle inside the fixture page. */
export async function expectWidgetsRendered(fixture: Fixture): Promise<void> {
  const card = await rendered(fixture, 'pinched-nerve-card');
  const root = card.shadowRoot!;
  expect(text(root.querySelector('h2')), 'card title').to.equal(words.heading);
  const regions = [...root.querySelectorAll('[part="region"]')];
  expect(regions.map((r) => [...r.querySelectorAll('li')].map(text))).to.deep.equal([
    [...symptoms.cervical],
    [...symptoms.lumbar],
  ]);
  // The fixture frame is 960px wide: the container query must put the regions side by side
  // (a CSS minifier that drops @container would stack them).
  const [neck, back] = regions.map((r) => r.getBoundingClientRect());
  expect(neck!.top, 'regions side by side').to.equal(back!.top);
  expect(neck!.left).to.be.lessThan(back!.left);
  const phone = root.querySelector('[part="phone"] a');
  expect(phone?.getAttribute('href'), 'phone link').to.equal('tel:18668506139');
  expect(text(root.querySelector('[part="treatment"]')), 'treatment').to.contain(
    'physical therapy',
  );
  expect(text(root.querySelector('[part="cta"]')), 'call to action').to.contain(words.ctaText);
  // A button even on a page without a form: it leads to the form when there is one, else calls.
  expect(root.querySelector('[part="cta-button"]')?.getAttribute('href'), 'button').to.match(
    /^(tel:18668506139|#.*)$/,
  );
  expect(text(root.querySelector('[part="attribution"]')), 'attribution').to.equal(
    `${words.attributionPrefix} ${words.attribution}`,
  );

  const list = await rendered(fixture, 'pinched-nerve-symptoms');
  expect([...list.shadowRoot!.querySelectorAll('li')].map(text)).to.deep.equal([
    ...symptoms.lumbar,
  ]);
}

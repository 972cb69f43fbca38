import { expect, fixture, html } from '@open-wc/testing';
// The built file patients get (issue 22): the light-DOM handling is what is tested here.
import '../../dist/symptoms.js';
import { drawn } from '../helpers/drawn.js';

/**
 * Authors write `<li>` straight inside the element, whatever the docs say (issue 25). Those
 * items stay in the page's markup, where a framework that rendered them expects to find them,
 * and axe's and Lighthouse's `listitem` rule must still pass once the list is drawn.
 */
describe('<pinched-nerve-symptoms> with bare <li> children', () => {
  it('passes axe’s listitem rule once drawn, and leaves the page’s <li> elements where they were', async () => {
    const page = await drawn(
      await fixture<HTMLElement>(
        html`<div>
          <pinched-nerve-symptoms region="lumbar"
            ><li>Burning in the calf</li>
            <li>Foot drop</li></pinched-nerve-symptoms
          >
        </div>`,
      ),
    );
    const host = page.querySelector('pinched-nerve-symptoms')!;
    const lis = [...host.querySelectorAll('li')];
    expect(
      lis.map((li) => li.parentElement),
      'the page’s items stay the host’s children',
    ).to.deep.equal([host, host]);
    expect(
      [...host.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent.trim()),
    ).to.deep.equal(['Burning in the calf', 'Foot drop']);
    await expect(page).to.be.accessible();
  });
});

/**
 * The map's safety words hold on a page with only the map (issue 26): drawn from the shipped
 * files, in English and Spanish, its emergency list holds every sign the form's list holds,
 * under a call to 911, and an arm root adds the heart-attack signs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { text } from '../helpers/text.js';
import {
  closeFixtures,
  openFixture,
  rendered,
  requireBundles,
  type RenderedElement,
} from '../embed/frame.js';

/** One widget, drawn by its own dist/ file alone on a page, in a language, once its words are in. */
async function alone(file: string, tag: string, lang: string): Promise<RenderedElement> {
  const fixture = await openFixture(`per-element.html?lang=${lang}&load=${file}`);
  await (fixture.window as unknown as { __loaded: Promise<void> }).__loaded;
  const el = await rendered(fixture, tag);
  // The part's lang turns from "en" once the built-in words for the page's language arrive.
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part=base]')?.getAttribute('lang') === lang,
    `${file}: its ${lang} words never arrived`,
  );
  return el;
}

const signs = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(`${selector} li`)].map((li) => text(li));

describe('<pinched-nerve-map> safety words, from the shipped files', function () {
  this.timeout(60000);
  before(requireBundles);
  afterEach(closeFixtures);

  for (const lang of ['en', 'es'])
    it(`lists every emergency sign the form lists, under "911" (${lang})`, async () => {
      const form = signs(await alone('check.js', 'pinched-nerve-check', lang), '[part=warning]');
      closeFixtures();
      const map = await alone('map.js', 'pinched-nerve-map', lang);
      const warning = map.shadowRoot!.querySelector('[part=warning]')!;
      expect(form.length).to.be.above(4);
      expect(signs(map, '[part=warning]')).to.include.members(form);
      expect(text(warning)).to.contain('911');
    });
});

import { expect } from '@open-wc/testing';
import { buildPayload, flatFields } from '../../src/check/payload.js';
import { emptyValues, mergePreselection } from '../../src/check/values.js';
import { symptoms } from '../../src/content/en.js';

const fakeLocation = (href: string) => new URL(href) as unknown as Location;

describe('payload', () => {
  it('adds the five UTM tags from the page URL, and a page_url without the query string', () => {
    const payload = buildPayload(
      { ...emptyValues(), region: 'cervical' },
      {
        consentText: 'ok',
        lang: 'en',
        lists: symptoms,
        location: fakeLocation(
          'https://clinic.example/neck?utm_source=fb&utm_medium=cpc&utm_campaign=spring&utm_term=neck&utm_content=a&other=1#x',
        ),
        now: new Date('2026-11-29T12:00:00Z'),
      },
    );
    expect(payload).to.deep.include({
      utm_source: 'fb',
      utm_medium: 'cpc',
      utm_campaign: 'spring',
      utm_term: 'neck',
      utm_content: 'a',
      page_url: 'https://clinic.example/neck',
      submitted_at: '2026-11-29T12:00:00.000Z',
      consent_text: 'ok',
      lang: 'en',
      consent: false,
    });
    expect(payload).to.not.have.property('other');
  });

  it('records both consent boxes, each answer with its words; one box stands for both', () => {
    const context = { lang: 'en', lists: symptoms, location: fakeLocation('https://x.example/') };
    const two = buildPayload(
      { ...emptyValues(), consent: true, consent_automated: false },
      { ...context, consentText: 'contact me', automatedText: 'robocalls too' },
    );
    expect(two).to.deep.include({
      consent: true,
      consent_text: 'contact me',
      consent_automated: false,
      consent_automated_text: 'robocalls too',
    });
    const one = buildPayload(
      { ...emptyValues(), consent: true },
      { ...context, consentText: 'all' },
    );
    expect(one).to.deep.include({
      consent: true,
      consent_text: 'all',
      consent_automated: true,
      consent_automated_text: 'all',
    });
  });

  it('sends only the symptoms of the region finally chosen', () => {
    const values = {
      ...emptyValues(),
      region: 'lumbar' as const,
      symptoms: [symptoms.cervical[0], symptoms.lumbar[1]],
    };
    const payload = buildPayload(values, {
      consentText: '',
      lang: 'en',
      lists: symptoms,
      location: fakeLocation('https://x.example/'),
    });
    expect(payload.symptoms).to.deep.equal([symptoms.lumbar[1]]);
  });

  it('lets hidden fields add keys but never overwrite the patient’s answers', () => {
    const payload = buildPayload(
      { ...emptyValues(), name: 'Ada' },
      {
        hiddenFields: flatFields({ clinic: 'a', name: 'bot', nested: { no: 1 }, n: 3 }),
        consentText: '',
        lang: 'en',
        lists: symptoms,
        location: fakeLocation('https://x.example/'),
      },
    );
    expect(payload).to.deep.include({ clinic: 'a', name: 'Ada', n: 3 });
    expect(payload).to.not.have.property('nested');
  });

  it('merges a preselection: a second region widens to both, ticks replace that region’s', () => {
    let v = mergePreselection(emptyValues(), 'cervical', [symptoms.cervical[1]], symptoms);
    expect(v.region).to.equal('cervical');
    v = mergePreselection(v, 'lumbar', [symptoms.lumbar[0]], symptoms);
    expect(v.region).to.equal('both');
    v = mergePreselection(v, 'cervical', [], symptoms);
    expect(v.symptoms).to.deep.equal([symptoms.lumbar[0]]);
    // A region alone (the card's button) never overrides the patient's own choice.
    expect(
      mergePreselection({ ...emptyValues(), region: 'cervical' }, 'lumbar', undefined, symptoms)
        .region,
    ).to.equal('cervical');
  });
});

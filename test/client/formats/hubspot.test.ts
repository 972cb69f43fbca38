import { expect, waitUntil } from '@open-wc/testing';
import '../../../dist/check.js';
import { check as words } from '../../../src/content/check-en.js';
import { symptoms } from '../../../src/content/en.js';
import { captureWarnings, errorsDuring } from '../../helpers/console.js';
import { $, mountCheck, send, text } from '../../helpers/form.js';
import { drawnLang } from '../../helpers/drawn.js';
import { serviceUrl } from '../../helpers/services.js';

describe('format="hubspot": HubSpot’s Forms API v3', () => {
  it('sends HubSpot’s shape and shows the text of its inlineMessage, never its markup', async () => {
    const service = serviceUrl('hubspot');
    const el = await mountCheck(service.url, {
      format: 'hubspot',
      'hidden-fields': '{"clinic_id":"lakeside-01"}',
      'clinic-name': 'Lakeside Spine',
    });
    const payload = await send(el);
    const requests = await service.received();
    expect(requests).to.have.length(1);
    expect(requests[0]!.contentType).to.equal('application/json');
    expect(requests[0]!.cookie).to.equal('');
    const field = (name: string, value: string) => ({ objectTypeId: '0-1', name, value });
    expect(JSON.parse(requests[0]!.body)).to.deep.equal({
      submittedAt: String(Date.parse(payload.submitted_at as string)),
      fields: [
        field('clinic_id', 'lakeside-01'),
        field('region', 'lumbar'),
        field('symptoms', symptoms.lumbar[0]),
        field('duration', '3-to-12-months'),
        field('treatments', 'anti-inflammatory;physical-therapy'),
        field('mri', 'yes'),
        field('firstname', 'Ada'),
        field('lastname', 'Lovelace'),
        field('phone', '(555) 010-2000'),
        field('email', 'ada@example.com'),
        field('contact_method', 'text'),
        field('lang', 'en'),
      ],
      context: { pageUri: `${location.origin}${location.pathname}`, pageName: document.title },
      legalConsentOptions: {
        consent: {
          consentToProcess: true,
          text: words.consent.text.replace('{clinic}', 'Lakeside Spine'),
        },
      },
    });
    expect(el.status).to.equal('success');
    const status = $(el, '#status')!;
    expect(text(status)).to.contain('Thanks, we’ll call you & text you.');
    expect(status.querySelector('img, script, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(document.cookie).to.not.contain('hubspotutk');
  });

  it('puts HubSpot’s INVALID_EMAIL at the email field in the form’s own words, and unknown fields in the console', async () => {
    const service = serviceUrl('hubspot');
    const el = await mountCheck(service.url, {
      format: 'hubspot',
      'hidden-fields': '{"insurance":"Acme"}',
    });
    const logged = await errorsDuring(() => send(el, 'ada@example.invalid'));
    expect(el.status).to.equal('editing');
    expect(text($(el, '#email-error'))).to.contain(words.errors.emailFormat);
    const summary = text($(el, '.error-summary'));
    expect(summary).to.contain(words.errors.emailFormat);
    const refusal = "Error in 'fields.insurance'. Field is not in the form definition";
    expect(summary).to.not.contain(refusal);
    expect(logged.join()).to.contain('(insurance)');
    expect(logged.join()).to.not.contain(refusal);
    expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('ada@example.invalid');
  });

  it('shows HubSpot’s field errors in the patient’s language', async () => {
    const service = serviceUrl('hubspot');
    const el = await mountCheck(service.url, { format: 'hubspot', lang: 'es' });
    await waitUntil(() => drawnLang(el) === 'es', 'Spanish never arrived');
    await send(el, 'ada@example.invalid');
    const es = (await (
      await fetch('/src/content/locales/es.json')
    ).json()) as typeof import('../../../src/content/en.js').en;
    expect(text($(el, '#email-error'))).to.contain(es.check.errors.emailFormat);
  });

  for (const [scenario, message] of [
    ['rate-limited', words.failure.busy],
    ['server-error', words.failure.server],
  ] as const) {
    it(`explains HubSpot’s ${scenario} answer and keeps every answer`, async () => {
      const el = await mountCheck(serviceUrl('hubspot', scenario).url, { format: 'hubspot' });
      await send(el);
      expect(el.status).to.equal('failed');
      expect(text($(el, '#status'))).to.contain(message);
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Ada Lovelace');
    });
  }

  it('follows a redirectUri only under the rules of redirect: a javascript: one is refused', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mountCheck(serviceUrl('hubspot', 'redirect').url, { format: 'hubspot' });
      await send(el);
      expect(el.status).to.equal('success');
      expect(location.protocol).to.equal('http:');
      expect(warnings.messages.join('\n')).to.contain('javascript:alert(1)');
    } finally {
      warnings.restore();
    }
  });

  it('renames HubSpot fields with field-names, warning once about keys the payload lacks', async () => {
    const service = serviceUrl('hubspot');
    const warnings = captureWarnings();
    try {
      const el = await mountCheck(service.url, {
        format: 'hubspot',
        'field-names': '{"phone":"mobilephone","fax":"fax_number"}',
      });
      await send(el);
      const names = (
        JSON.parse((await service.received())[0]!.body) as { fields: { name: string }[] }
      ).fields.map((f) => f.name);
      expect(names).to.include('mobilephone');
      expect(names).to.not.include('phone');
      const about = warnings.messages.filter((m) => m.includes('field-names'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('fax');
      expect(about[0]).to.contain('<pinched-nerve-check>');
    } finally {
      warnings.restore();
    }
  });

  it('refuses an endpoint that is not https: (the page’s own localhost excepted), saying so once', async () => {
    const base = document.createElement('base');
    base.href = 'http://clinic.example/';
    document.head.prepend(base);
    const errors = captureWarnings('error');
    try {
      const el = await mountCheck('/submissions/v3/integration/submit/1/x', { format: 'hubspot' });
      await waitUntil(() => $(el, '.not-configured'), 'the form never said it cannot send');
      expect(text($(el, '.not-configured'))).to.contain(words.failure.notConfigured);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('<pinched-nerve-check>');
    } finally {
      errors.restore();
      base.remove();
    }
  });
});

import { expect } from '@open-wc/testing';
import '../../../dist/check.js';
import { check as words } from '../../../src/content/check-en.js';
import { errorsDuring } from '../../helpers/console.js';
import { $, mountCheck, send, text } from '../../helpers/form.js';
import { serviceUrl } from '../../helpers/services.js';

describe('format="formspree"', () => {
  it('sends the payload as JSON with _subject naming the clinic and an empty _gotcha', async () => {
    const service = serviceUrl('formspree');
    const el = await mountCheck(service.url, {
      format: 'formspree',
      'clinic-name': 'Lakeside Spine',
      method: 'put',
      encoding: 'multipart',
    });
    const payload = await send(el);
    const requests = await service.received();
    expect(requests).to.have.length(1);
    expect(requests[0]!.method).to.equal('POST');
    expect(requests[0]!.contentType).to.equal('application/json');
    expect(requests[0]!.accept).to.equal('application/json');
    expect(JSON.parse(requests[0]!.body)).to.deep.equal({
      ...payload,
      _subject: 'New candidate check for Lakeside Spine',
      _gotcha: '',
    });
    expect(el.status).to.equal('success');
    expect(text($(el, '#status'))).to.contain(words.success.message);
  });

  it('takes _subject from the subject attribute', async () => {
    const service = serviceUrl('formspree');
    const el = await mountCheck(service.url, { format: 'formspree', subject: 'Website lead' });
    await send(el);
    expect(JSON.parse((await service.received())[0]!.body)._subject).to.equal('Website lead');
  });

  it('puts its 422 TYPE_EMAIL at the email field in the form’s words, and field-less errors in the console', async () => {
    const el = await mountCheck(serviceUrl('formspree', 'reject-clinic').url, {
      format: 'formspree',
    });
    const logged = await errorsDuring(() => send(el, 'ada@example.invalid'));
    expect(el.status).to.equal('editing');
    expect(text($(el, '#email-error'))).to.contain(words.errors.emailFormat);
    expect(text($(el, '.error-summary'))).to.not.contain('This form is not accepting submissions');
    expect(logged.join()).to.contain('(no field)');
    expect(logged.join()).to.not.contain('This form is not accepting submissions');
  });

  it('maps errors back through field-names', async () => {
    const service = serviceUrl('formspree');
    const el = await mountCheck(service.url, {
      format: 'formspree',
      'field-names': '{"email":"reply_to"}',
    });
    await send(el, 'ada@example.com');
    const body = JSON.parse((await service.received())[0]!.body);
    expect(body.reply_to).to.equal('ada@example.com');
    expect(body).to.not.have.property('email');
  });

  for (const [scenario, message] of [
    ['rate-limited', words.failure.busy],
    ['server-error', words.failure.server],
  ] as const) {
    it(`explains Formspree’s ${scenario} answer and keeps every answer`, async () => {
      const el = await mountCheck(serviceUrl('formspree', scenario).url, { format: 'formspree' });
      await send(el);
      expect(el.status).to.equal('failed');
      expect(text($(el, '#status'))).to.contain(message);
      expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('ada@example.com');
    });
  }
});

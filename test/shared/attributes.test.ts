import { expect } from '@open-wc/testing';
import { pickPhone, telHref } from '../../src/shared/attributes.js';
import { PinchedNerveElement } from '../../src/shared/base-element.js';
import { captureWarnings } from '../helpers/console.js';

class Probe extends PinchedNerveElement {}
customElements.define('attributes-probe', Probe);

describe('phone attributes', () => {
  it('dials digits and a leading plus, keypad digits for vanity letters, and drops an extension', () => {
    expect(telHref('1-866-850-6139')).to.equal('tel:18668506139');
    // The (0) of an international number is not dialled.
    expect(telHref('+44 (0)20 7946 0000')).to.equal('tel:+442079460000');
    expect(telHref('1-800-FIX-BACK')).to.equal('tel:18003492225');
    expect(telHref('1-800-Fix-Back')).to.equal('tel:18003492225');
    expect(telHref('(555) 010-4477 ext. 12')).to.equal('tel:5550104477');
    expect(telHref('555-010-4477 x3')).to.equal('tel:5550104477');
  });

  it('keeps a clinic’s vanity number or extension rather than falling back to the default', () => {
    const el = new Probe();
    const warnings = captureWarnings();
    try {
      expect(pickPhone(el, '1-800-FIX-BACK', 'default')).to.equal('1-800-FIX-BACK');
      expect(pickPhone(el, '1-800-Fix-Back', 'default')).to.equal('1-800-Fix-Back');
      expect(pickPhone(el, '1-800-CONTACTS', 'default')).to.equal('1-800-CONTACTS');
      expect(pickPhone(el, '+44 (0)20 7946 0000', 'default')).to.equal('+44 (0)20 7946 0000');
      expect(pickPhone(el, '(555) 010-4477 ext. 12', 'default')).to.equal('(555) 010-4477 ext. 12');
      expect(pickPhone(el, '', 'default')).to.equal('');
      expect(pickPhone(el, null, 'default')).to.equal('default');
      expect(warnings.messages).to.have.length(0);
      expect(pickPhone(el, 'call us!', 'default')).to.equal('default');
      expect(pickPhone(el, '<b>12</b>', 'default')).to.equal('default');
      // Words would become keypad digits and dial someone else.
      expect(pickPhone(el, '555-010-4477 (toll free)', 'default')).to.equal('default');
      expect(pickPhone(el, 'Call 555-010-4477', 'default')).to.equal('default');
      // In capitals too: a word before, in brackets after, or after a whole number.
      expect(pickPhone(el, 'CALL 555-010-4477', 'default')).to.equal('default');
      expect(pickPhone(el, '555-010-4477 (TOLL FREE)', 'default')).to.equal('default');
      expect(pickPhone(el, '555-010-4477 MAIN', 'default')).to.equal('default');
      expect(warnings.messages).to.have.length(7);
      expect(warnings.messages[0]).to.contain('<attributes-probe>: ignoring phone="call us!"');
    } finally {
      warnings.restore();
    }
  });
});

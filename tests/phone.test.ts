import { expect } from '@open-wc/testing';
import { parsePhone, phoneFromTelHref, toTelHref } from '../src/clinic/phone.js';

describe('parsePhone', () => {
  it('reads the article number in the forms people type it', () => {
    for (const input of ['314-842-1441', '(314) 842-1441', '314.842.1441', '3148421441', '1-314-842-1441', '+1 314 842 1441', ' 314 842 1441 ']) {
      expect(parsePhone(input), input).to.deep.equal({ e164: '+13148421441', display: '314-842-1441' });
    }
  });

  it('makes a tel: href in E.164', () => {
    expect(toTelHref(parsePhone('314-842-1441')!)).to.equal('tel:+13148421441');
  });

  it('accepts international numbers that start with + and a country code', () => {
    expect(parsePhone('+44 20 7946 0958')).to.deep.equal({ e164: '+442079460958', display: '+44 20 7946 0958' });
  });

  it('rejects what cannot be dialled', () => {
    const bad = [
      '',
      '   ',
      'call us',
      '1-800-FLOWERS',
      '842-1441', // 7-digit local: no area code
      '314-842-144', // too short
      '314-842-14411', // too long
      '114-842-1441', // area code cannot start with 1
      '314-142-1441', // exchange cannot start with 1
      '+44 12', // too short for any country
      '+0 123 456 789',
      'javascript:alert(1)',
      '<script>alert(1)</script>',
      '9'.repeat(10_240),
    ];
    for (const input of bad) expect(parsePhone(input), input.slice(0, 30)).to.equal(null);
    expect(parsePhone(null)).to.equal(null);
    expect(parsePhone(undefined)).to.equal(null);
  });
});

describe('phoneFromTelHref', () => {
  it('reads the number of a fallback link', () => {
    expect(phoneFromTelHref('tel:+13148421441')?.e164).to.equal('+13148421441');
    expect(phoneFromTelHref('TEL:314-842-1441')?.e164).to.equal('+13148421441');
    expect(phoneFromTelHref('tel:+1%20314%20842%201441')?.e164).to.equal('+13148421441');
  });

  it('ignores other links and broken escapes', () => {
    expect(phoneFromTelHref('https://example.com')).to.equal(null);
    expect(phoneFromTelHref('tel:%E0%A4%A')).to.equal(null);
    expect(phoneFromTelHref('')).to.equal(null);
    expect(phoneFromTelHref(null)).to.equal(null);
  });
});

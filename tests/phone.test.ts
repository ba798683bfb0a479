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
    for (const input of ['+7 495 123 4567', '+52 55 1234 5678', '+34 912 345 678', '+353 1 234 5678', '+886 2 1234 5678', '+800 1234 5678']) {
      expect(parsePhone(input)?.e164, input).to.equal(`+${input.replace(/\D/g, '')}`);
    }
  });

  it('keeps NANP numbers whose area code or exchange only contains 11 elsewhere', () => {
    for (const input of ['314-842-1111', '212-555-0111', '314-212-1441', '410-842-1441', '314-810-1441']) {
      expect(parsePhone(input), input).to.not.equal(null);
    }
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
      '911-555-0100', // N11 codes are services, not area codes
      '411-842-1441',
      '+1 811 842 1441',
      '314-911-1441', // nor exchanges
      '314-411-1441',
      '+28 1234 5678', // +28: no country has it
      '+999 1234 5678',
      '+80 1234 5678',
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

describe('country calling codes', () => {
  it("are libphonenumber's list, so a number with an unassigned code is refused", async () => {
    const metadata = await (await fetch('/node_modules/libphonenumber-js/metadata.min.json')).json();
    const assigned = new Set<string>([...Object.keys(metadata.country_calling_codes), ...Object.keys(metadata.nonGeographic ?? {})]);
    // +1 is the North American plan, with its own rules (above).
    for (const code of [...assigned].filter((c) => c !== '1')) expect(parsePhone(`+${code} 2345 6789`), `+${code}`).to.not.equal(null);
    // Every three-digit start: refused unless it begins with an assigned code of one, two or three digits.
    for (let code = 100; code < 1000; code++) {
      const text = String(code);
      const known = [1, 2, 3].some((length) => assigned.has(text.slice(0, length)));
      if (!known) expect(parsePhone(`+${text} 2345 6789`), `+${text}`).to.equal(null);
    }
  });
});


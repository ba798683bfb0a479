import { expect } from '@open-wc/testing';
import { ARTICLE_CLINIC, resolveClinic } from '../src/clinic/clinic-details.js';
import { readPageSettings } from '../src/clinic/page-settings.js';
import { parsePhone } from '../src/clinic/phone.js';
import { captureWarnings } from './helpers.js';

function settingsBlock(json: string): HTMLElement {
  const div = document.createElement('div');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.crampSettings = '';
  script.textContent = json;
  div.append(script);
  return div;
}

describe('resolveClinic', () => {
  it('defaults to the clinic named in the article, with no booking URL or hours', () => {
    const clinic = resolveClinic({}, null, {});
    expect(clinic.name).to.equal('Sheen Vein & Cosmetics');
    expect(clinic.phone).to.deep.equal({ e164: '+13148421441', display: '314-842-1441' });
    expect(clinic.website).to.equal('https://www.sheenveinandcosmetics.com/');
    expect(clinic.bookingUrl).to.equal(clinic.website);
    expect(clinic.hasBookingUrl).to.equal(false);
    expect(clinic.city).to.equal('St. Louis');
    expect(clinic.hours).to.equal(null);
    expect(clinic.timeZone).to.equal('America/Chicago');
    expect(clinic.dataLayer).to.equal(false);
  });

  it('reads only own properties: a polluted Object.prototype is not configuration', () => {
    const polluted = { phone: '900-555-0199', website: 'https://evil.example/', bookingUrl: 'https://evil.example/book', name: 'Evil', hours: 'Mo-Su 00:00-24:00', dataLayer: true };
    for (const [key, value] of Object.entries(polluted)) {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    }
    try {
      const fromBlock = readPageSettings(settingsBlock('{}'));
      for (const clinic of [resolveClinic({}, null, {}), resolveClinic({}, null, fromBlock), resolveClinic()]) {
        expect(clinic.phone.e164).to.equal('+13148421441');
        expect(clinic.website).to.equal('https://www.sheenveinandcosmetics.com/');
        expect(clinic.hasBookingUrl).to.equal(false);
        expect(clinic.name).to.equal('Sheen Vein & Cosmetics');
        expect(clinic.hours).to.equal(null);
        expect(clinic.dataLayer).to.equal(false);
      }
      expect(Object.getPrototypeOf(fromBlock)).to.equal(null);
    } finally {
      for (const key of Object.keys(polluted)) delete (Object.prototype as Record<string, unknown>)[key];
    }
  });

  it('takes attribute over page settings over fallback content over the article', () => {
    const page = { phone: '212-555-0100', name: 'Page Clinic', bookingUrl: '/book' };
    expect(resolveClinic({ phone: '(415) 555-0100' }, parsePhone('312-555-0100'), page).phone.e164).to.equal('+14155550100');
    expect(resolveClinic({}, parsePhone('312-555-0100'), page).phone.e164).to.equal('+12125550100');
    expect(resolveClinic({}, parsePhone('312-555-0100'), {}).phone.e164).to.equal('+13125550100');
    expect(resolveClinic({}, null, page).phone.e164).to.equal('+12125550100');
    expect(resolveClinic({}, null, {}).phone.e164).to.equal('+13148421441');
    expect(resolveClinic({ name: 'Element Clinic' }, null, page).name).to.equal('Element Clinic');
    expect(resolveClinic({}, null, page).name).to.equal('Page Clinic');
    expect(resolveClinic({}, null, page).bookingUrl).to.equal('/book');
  });

  it('warns once when the fallback link calls another number than the configured one', async () => {
    const fallback = parsePhone('312-555-0100');
    const warnings = await captureWarnings(() => {
      resolveClinic({ phone: '415-555-0100' }, fallback, {}, 'vein-cta');
      resolveClinic({ phone: '415-555-0100' }, fallback, {}, 'vein-cta');
      resolveClinic({}, fallback, { phone: '212-555-0100' }, 'vein-cta');
      // The same number, however written, and a fallback without a configured number: nothing to say.
      resolveClinic({ phone: '+1 312 555 0100' }, fallback, { phone: '212-555-0100' }, 'vein-cta');
      resolveClinic({}, fallback, {}, 'vein-cta');
      // An invalid configured number is reported as such, and the fallback is used without a second warning.
      expect(resolveClinic({}, fallback, { phone: '12' }, 'vein-cta').phone).to.deep.equal(fallback);
    });
    expect(warnings).to.deep.equal([
      '[cramp-widgets] <vein-cta> phone is 415-555-0100, but the fallback link inside <vein-cta> calls 312-555-0100, the number visitors see without JavaScript; use the same number in both.',
      '[cramp-widgets] page settings "phone" is 212-555-0100, but the fallback link inside <vein-cta> calls 312-555-0100, the number visitors see without JavaScript; use the same number in both.',
      '[cramp-widgets] page settings "phone": "12" is not a dialable phone number (use 10 digits, e.g. 314-842-1441, or +country code); using the default.',
    ]);
  });

  it('warns about invalid values and falls back to the next source', async () => {
    let clinic = resolveClinic({});
    const warnings = await captureWarnings(() => {
      clinic = resolveClinic(
        { phone: 'call us', website: 'javascript:alert(1)', bookingUrl: 'data:text/html,x', hours: 'always', timezone: 'Mars/Base' },
        null,
        { phone: '12' },
        'call-clinic',
      );
    });
    expect(clinic.phone).to.deep.equal(ARTICLE_CLINIC.phone);
    expect(clinic.website).to.equal(ARTICLE_CLINIC.website);
    expect(clinic.hasBookingUrl).to.equal(false);
    expect(clinic.hours).to.equal(null);
    expect(clinic.timeZone).to.equal('America/Chicago');
    expect(warnings).to.have.length(6);
    expect(warnings.join('\n')).to.include('<call-clinic> phone').and.include('page settings "phone"').and.include('<call-clinic> website');
  });

  it('ignores an empty or oversized name', async () => {
    const warnings = await captureWarnings(() => {
      expect(resolveClinic({ name: '   ' }, null, {}).name).to.equal(ARTICLE_CLINIC.name);
      expect(resolveClinic({ name: 'x'.repeat(10_240) }, null, {}).name).to.equal(ARTICLE_CLINIC.name);
    });
    expect(warnings).to.have.length(1);
  });
});

describe('readPageSettings', () => {
  it('reads JSON settings blocks, later blocks winning key by key', () => {
    const root = settingsBlock('{"phone": "212-555-0100", "name": "First"}');
    root.append(settingsBlock('{"name": "Second", "dataLayer": true}'));
    expect(readPageSettings(root)).to.deep.equal({ phone: '212-555-0100', name: 'Second', dataLayer: true });
  });

  it('survives malformed blocks with a warning each', async () => {
    for (const bad of ['{phone: 1}', '[1,2]', 'null', '"x"', '{"phone": 3142, "dataLayer": "yes", "colour": "red"}', ' '.repeat(30_000)]) {
      let read = {};
      const warnings = await captureWarnings(() => {
        read = readPageSettings(settingsBlock(bad));
      });
      expect(read, bad.slice(0, 20)).to.deep.equal({});
      expect(warnings.length, bad.slice(0, 20)).to.be.greaterThan(0);
    }
  });
});

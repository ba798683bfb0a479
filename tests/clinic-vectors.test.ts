/**
 * The shared clinic-detail vectors (tests/fixtures/clinic-vectors.json) through the widgets' own
 * validators. The WordPress plugin's PHP runs the same file (wordpress/tests/vectors.php), so the
 * settings screen accepts and refuses exactly what the widgets do.
 */
import { expect } from '@open-wc/testing';
import { isValidTimeZone, parseOpeningHours } from '../src/clinic/opening-hours.js';
import { parsePhone } from '../src/clinic/phone.js';
import { toSafeUrl } from '../src/clinic/safe-url.js';
import { resolveClinic } from '../src/clinic/clinic-details.js';
import { forgetWarnings } from '../src/internal/warn.js';

type Vectors = {
  phone: [string, { e164: string; display: string } | null][];
  url: [string, string | null][];
  hours: [string, boolean][];
  timezone: [string, boolean][];
  name: [string, string | null][];
};

const vectors = (await (await fetch('/tests/fixtures/clinic-vectors.json')).json()) as Vectors;

/** Runs `fn` with console.warn silenced (invalid inputs warn by design). */
function quietly<T>(fn: () => T): T {
  const warn = console.warn;
  console.warn = () => {};
  try {
    forgetWarnings();
    return fn();
  } finally {
    console.warn = warn;
  }
}

describe('shared clinic vectors (the same file the WordPress plugin checks)', () => {
  it('phone numbers', () => {
    for (const [input, expected] of vectors.phone) expect(parsePhone(input), JSON.stringify(input)).to.deep.equal(expected);
  });

  it('URLs', () => {
    for (const [input, expected] of vectors.url) {
      expect(quietly(() => toSafeUrl(input, 'test')) ?? null, JSON.stringify(input)).to.equal(expected);
    }
  });

  it('opening hours', () => {
    for (const [input, valid] of vectors.hours) expect(parseOpeningHours(input) !== null, JSON.stringify(input)).to.equal(valid);
  });

  it('timezones', () => {
    for (const [input, valid] of vectors.timezone) expect(input !== '' && isValidTimeZone(input), JSON.stringify(input)).to.equal(valid);
  });

  it('clinic names', () => {
    for (const [input, expected] of vectors.name) {
      const name = quietly(() => resolveClinic({ name: input }, null, {}).name);
      expect(name, JSON.stringify(input)).to.equal(expected ?? 'Sheen Vein & Cosmetics');
    }
  });
});

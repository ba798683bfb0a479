import { expect } from '@open-wc/testing';
import { isValidTimeZone, weekMinuteAt } from '../src/clinic/opening-hours.js';
import { dateTimeFormat } from '../src/internal/date-format.js';

// Intl.DateTimeFormat objects are costly to build: the library builds each one once and reuses it.
describe('dateTimeFormat', () => {
  it('returns the same formatter for the same locale and options, another for others', () => {
    const a = dateTimeFormat('en-US', { timeZone: 'America/Chicago', hour: 'numeric' });
    expect(dateTimeFormat('en-US', { timeZone: 'America/Chicago', hour: 'numeric' })).to.equal(a);
    expect(dateTimeFormat('es-US', { timeZone: 'America/Chicago', hour: 'numeric' })).to.not.equal(a);
    expect(dateTimeFormat('en-US', { timeZone: 'Europe/Madrid', hour: 'numeric' })).to.not.equal(a);
    expect(a.resolvedOptions().timeZone).to.equal('America/Chicago');
  });

  it('throws for an unknown timezone, every time, so isValidTimeZone stays false', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).to.throw(RangeError);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
    expect(isValidTimeZone('America/Chicago')).to.equal(true);
  });

  it('gives the same clinic-local times when reused across timezones', () => {
    const instant = new Date('2024-07-01T15:30:00Z'); // a Monday
    expect(weekMinuteAt(instant, 'America/Chicago')).to.equal(10 * 60 + 30);
    expect(weekMinuteAt(instant, 'UTC')).to.equal(15 * 60 + 30);
    expect(weekMinuteAt(instant, 'America/Chicago')).to.equal(10 * 60 + 30);
  });
});

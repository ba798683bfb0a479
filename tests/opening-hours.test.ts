import { expect } from '@open-wc/testing';
import { hoursStatus, isValidTimeZone, parseOpeningHours, weekMinuteAt } from '../src/clinic/opening-hours.js';

const H = 60;
const DAY = 24 * H;
const CHICAGO = 'America/Chicago';

describe('parseOpeningHours', () => {
  it('reads day ranges, lists and several rules', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-17:00; Sa 09:00-12:00')!;
    expect(hours).to.have.length(6);
    expect(hours[0]).to.deep.equal({ start: 8 * H, end: 17 * H });
    expect(hours[5]).to.deep.equal({ start: 5 * DAY + 9 * H, end: 5 * DAY + 12 * H });
    expect(parseOpeningHours('Mo,We 09:00-12:00,13:00-17:00')).to.have.length(4);
    expect(parseOpeningHours('Mo-Fr 08:00-17:00, Sa 09:00-12:00')).to.have.length(6);
  });

  it('reads a rule without days as every day, and a period past midnight', () => {
    expect(parseOpeningHours('09:00-17:00')).to.have.length(7);
    expect(parseOpeningHours('Fr 22:00-02:00')).to.deep.equal([{ start: 4 * DAY + 22 * H, end: 5 * DAY + 2 * H }]);
    expect(parseOpeningHours('Fr-Mo 10:00-12:00')).to.have.length(4);
    expect(parseOpeningHours('Mo 00:00-24:00')).to.deep.equal([{ start: 0, end: DAY }]);
  });

  it('rejects text it does not fully understand', () => {
    for (const bad of ['', '  ', 'always', 'Mo-Fr', 'Mo-Fr 8am-5pm', 'Mo-Fr 08:00-25:00', 'Mo 09:60-10:00', 'Xx 08:00-17:00', 'Mo-Fr 08:00-08:00', 'Mo-Fr 08:00-17:00 <script>', 'Mo '.repeat(3000)]) {
      expect(parseOpeningHours(bad), bad.slice(0, 30)).to.equal(null);
    }
  });
});

describe('hoursStatus', () => {
  const weekdays = parseOpeningHours('Mo-Fr 08:00-17:00')!;

  it('computes the clinic-local time whatever the visitor timezone', () => {
    // 2026-11-30 is a Monday; 14:00 UTC is 08:00 in Chicago (CST, UTC-6).
    expect(weekMinuteAt(new Date('2026-11-30T14:00:00Z'), CHICAGO)).to.equal(8 * H);
    expect(weekMinuteAt(new Date('2026-11-30T14:00:00Z'), 'Asia/Tokyo')).to.equal(23 * H);
  });

  it('is open inside the hours and says when it closes', () => {
    expect(hoursStatus(weekdays, new Date('2026-11-30T15:30:00Z'), CHICAGO)).to.deep.equal({ open: true, closesDay: 0, closesMinute: 17 * H });
  });

  it('is closed before opening, and opens today', () => {
    expect(hoursStatus(weekdays, new Date('2026-11-30T13:59:00Z'), CHICAGO)).to.deep.equal({ open: false, opensDay: 0, opensMinute: 8 * H, opensInDays: 0 });
  });

  it('is closed at the closing minute and on a closed day, and opens on the next open day', () => {
    // Monday 17:00 -> Tuesday 08:00.
    expect(hoursStatus(weekdays, new Date('2026-11-30T23:00:00Z'), CHICAGO)).to.deep.include({ open: false, opensDay: 1, opensInDays: 1 });
    // Saturday 2026-12-05 noon -> Monday.
    expect(hoursStatus(weekdays, new Date('2026-12-05T18:00:00Z'), CHICAGO)).to.deep.include({ open: false, opensDay: 0, opensInDays: 2 });
  });

  it('opens next week on the same weekday when that is the only open day', () => {
    const mondays = parseOpeningHours('Mo 08:00-12:00')!;
    expect(hoursStatus(mondays, new Date('2026-11-30T19:00:00Z'), CHICAGO)).to.deep.include({ open: false, opensDay: 0, opensInDays: 7 });
  });

  it('handles a period that wraps past midnight and past the end of the week', () => {
    const late = parseOpeningHours('Su 22:00-02:00')!;
    // Monday 01:00 Chicago (07:00 UTC) is inside Sunday's 22:00-02:00.
    expect(hoursStatus(late, new Date('2026-11-30T07:00:00Z'), CHICAGO)).to.deep.equal({ open: true, closesDay: 0, closesMinute: 2 * H });
    expect(hoursStatus(late, new Date('2026-11-30T09:00:00Z'), CHICAGO).open).to.equal(false);
  });

  it('follows daylight saving time changes in the clinic timezone', () => {
    const early = parseOpeningHours('Su 01:00-03:00')!;
    // 2026-03-08: clocks jump from 02:00 CST to 03:00 CDT.
    expect(hoursStatus(early, new Date('2026-03-08T07:30:00Z'), CHICAGO).open, '01:30 CST').to.equal(true);
    expect(hoursStatus(early, new Date('2026-03-08T08:30:00Z'), CHICAGO).open, '03:30 CDT').to.equal(false);
    // Summer: 08:00 in Chicago is 13:00 UTC (CDT, UTC-5), not 14:00.
    expect(hoursStatus(weekdays, new Date('2026-07-06T13:00:00Z'), CHICAGO).open).to.equal(true);
    expect(hoursStatus(weekdays, new Date('2026-07-06T12:59:00Z'), CHICAGO).open).to.equal(false);
  });

  it('knows IANA timezones', () => {
    expect(isValidTimeZone('America/Chicago')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
  });
});

import { businessDay, minutesOfDay, nextBusinessDayStart } from '../../../server/queue';

const SHANGHAI = 'Asia/Shanghai';
const BERLIN = 'Europe/Berlin';

describe('businessDay', () => {
  it('turns over at local midnight in Asia/Shanghai, not at UTC midnight', () => {
    expect(businessDay(Date.parse('2026-11-27T23:59:59+08:00'), SHANGHAI)).toBe('2026-11-27');
    expect(businessDay(Date.parse('2026-11-28T00:00:00+08:00'), SHANGHAI)).toBe('2026-11-28');
    // 2026-11-27T16:00Z is already the 28th in Baotou.
    expect(businessDay(Date.parse('2026-11-27T16:00:00Z'), SHANGHAI)).toBe('2026-11-28');
    expect(businessDay(Date.parse('2026-11-27T16:00:00Z'), 'UTC')).toBe('2026-11-27');
  });

  it('pads months and days and crosses the year', () => {
    expect(businessDay(Date.parse('2026-12-31T23:59:59+08:00'), SHANGHAI)).toBe('2026-12-31');
    expect(businessDay(Date.parse('2027-01-01T00:00:00+08:00'), SHANGHAI)).toBe('2027-01-01');
    expect(businessDay(Date.parse('2027-03-05T10:00:00+08:00'), SHANGHAI)).toBe('2027-03-05');
  });

  it('rejects an unknown zone', () => {
    expect(() => businessDay(0, 'Not/AZone')).toThrow(RangeError);
  });
});

describe('minutesOfDay', () => {
  it('reads the local clock', () => {
    expect(minutesOfDay(Date.parse('2026-11-27T00:00:00+08:00'), SHANGHAI)).toBe(0);
    expect(minutesOfDay(Date.parse('2026-11-27T08:30:59+08:00'), SHANGHAI)).toBe(8 * 60 + 30);
    expect(minutesOfDay(Date.parse('2026-11-27T23:59:00+08:00'), SHANGHAI)).toBe(23 * 60 + 59);
    expect(minutesOfDay(Date.parse('2026-07-01T12:00:00Z'), BERLIN)).toBe(14 * 60);
  });
});

describe('nextBusinessDayStart', () => {
  it('is the next local midnight in Asia/Shanghai', () => {
    const midnight = Date.parse('2026-11-28T00:00:00+08:00');
    expect(nextBusinessDayStart(Date.parse('2026-11-27T09:00:00+08:00'), SHANGHAI)).toBe(midnight);
    expect(nextBusinessDayStart(Date.parse('2026-11-27T23:59:59.999+08:00'), SHANGHAI)).toBe(midnight);
    // Exactly at midnight the current day has just begun: the next start is a day later.
    expect(nextBusinessDayStart(midnight, SHANGHAI)).toBe(Date.parse('2026-11-29T00:00:00+08:00'));
  });

  it('crosses month and year ends', () => {
    expect(nextBusinessDayStart(Date.parse('2026-12-31T12:00:00+08:00'), SHANGHAI))
      .toBe(Date.parse('2027-01-01T00:00:00+08:00'));
    expect(nextBusinessDayStart(Date.parse('2028-02-28T12:00:00+08:00'), SHANGHAI))
      .toBe(Date.parse('2028-02-29T00:00:00+08:00'));
  });

  it('follows Europe/Berlin across the spring DST change (a 23-hour day)', () => {
    // Clocks go 02:00 CET → 03:00 CEST on 2026-03-29.
    expect(nextBusinessDayStart(Date.parse('2026-03-28T12:00:00+01:00'), BERLIN))
      .toBe(Date.parse('2026-03-29T00:00:00+01:00'));
    expect(nextBusinessDayStart(Date.parse('2026-03-29T01:30:00+01:00'), BERLIN))
      .toBe(Date.parse('2026-03-30T00:00:00+02:00'));
    expect(nextBusinessDayStart(Date.parse('2026-03-29T12:00:00+02:00'), BERLIN))
      .toBe(Date.parse('2026-03-30T00:00:00+02:00'));
  });

  it('follows Europe/Berlin across the autumn DST change (a 25-hour day)', () => {
    // Clocks go 03:00 CEST → 02:00 CET on 2026-10-25.
    expect(nextBusinessDayStart(Date.parse('2026-10-24T12:00:00+02:00'), BERLIN))
      .toBe(Date.parse('2026-10-25T00:00:00+02:00'));
    expect(nextBusinessDayStart(Date.parse('2026-10-25T02:30:00+01:00'), BERLIN))
      .toBe(Date.parse('2026-10-26T00:00:00+01:00'));
    expect(nextBusinessDayStart(Date.parse('2026-10-25T12:00:00+01:00'), BERLIN))
      .toBe(Date.parse('2026-10-26T00:00:00+01:00'));
  });

  it('starts the day at the clock jump where a zone skips midnight itself', () => {
    // America/Santiago jumps from 2026-09-06 00:00 (−04:00) straight to 01:00 (−03:00).
    expect(nextBusinessDayStart(Date.parse('2026-09-05T12:00:00-04:00'), 'America/Santiago'))
      .toBe(Date.parse('2026-09-06T01:00:00-03:00'));
  });

  it.each([SHANGHAI, BERLIN, 'America/Santiago', 'America/New_York', 'UTC'])(
    'always gives the first instant of another day in %s',
    (zone) => {
      const from = Date.parse('2026-01-01T00:00:00Z');
      for (let now = from; now < from + 366 * 24 * 3_600_000; now += 13 * 3_600_000 + 17 * 60_000) {
        const start = nextBusinessDayStart(now, zone);
        const today = businessDay(now, zone);
        expect(start).toBeGreaterThan(now);
        expect(businessDay(start, zone) > today).toBe(true);
        expect(businessDay(start - 1, zone)).toBe(today);
      }
    },
  );
});

import { dayProblems, isMonthDay, type OpeningHoursText } from '../../../protocol/hours';
import { closedReason, hasIssueLimit, hoursOnDay, limitReached, isWithin, rangesOn, rangesText, readOpeningHours, type WorkingCalendar } from '../../../server/queue';
import { at, makeService, makeSettings, ZONE } from './builders';

const WEEKDAY = ['08:30-12:00', '14:30-17:30'];
const SUMMER_DAY = ['08:30-12:00', '15:00-18:00'];
/** Winter from 10-01, summer from 05-01; weekends closed; Wednesday afternoons closed in winter. */
const TEXT: OpeningHoursText = { timetables: [
  { startsOn: '10-01', week: [WEEKDAY, WEEKDAY, ['08:30-12:00'], WEEKDAY, WEEKDAY, [], []] },
  { startsOn: '05-01', week: [SUMMER_DAY, SUMMER_DAY, SUMMER_DAY, SUMMER_DAY, SUMMER_DAY, [], []] },
] };
const HOURS = readOpeningHours(TEXT);

describe('the rule for one day\'s ranges', () => {
  it('accepts ordered and unordered ranges that do not overlap, and touching ones', () => {
    expect(dayProblems(WEEKDAY)).toEqual([]);
    expect(dayProblems(['14:30-17:30', '08:30-12:00'])).toEqual([]);
    expect(dayProblems(['08:30-12:00', '12:00-13:00', '18:00-24:00'])).toEqual([]);
    expect(dayProblems([])).toEqual([]);
  });

  it('names the range that ends before it starts, overlaps, or cannot be read', () => {
    expect(dayProblems(['12:00-08:30'])).toEqual([{ index: 0, problem: 'ends-before-start' }]);
    expect(dayProblems(['08:30-08:30'])).toEqual([{ index: 0, problem: 'ends-before-start' }]);
    expect(dayProblems(['08:30-12:00', '11:30-14:00'])).toEqual([{ index: 1, problem: 'overlaps' }]);
    expect(dayProblems(['14:00-17:00', '08:00-15:00'])).toEqual([{ index: 0, problem: 'overlaps' }]);
    expect(dayProblems(['8:30-12:00', '08:60-09:00', '24:30-25:00', '08:00 - 09:00']).map((p) => p.problem))
      .toEqual(['format', 'format', 'format', 'format']);
  });

  it('knows the days of the year', () => {
    expect(['05-01', '10-01', '02-29', '12-31'].every(isMonthDay)).toBe(true);
    expect(['13-01', '02-30', '5-1', '05-01 '].some(isMonthDay)).toBe(false);
  });
});

describe('which ranges apply on a date', () => {
  it('takes the timetable started last, wrapping the year', () => {
    expect(rangesText(rangesOn(HOURS, '2026-01-05', false))).toBe('08:30-12:00,14:30-17:30'); // winter, from last October
    expect(rangesText(rangesOn(HOURS, '2026-04-30', false))).toBe('08:30-12:00,14:30-17:30');
    expect(rangesText(rangesOn(HOURS, '2026-05-01', false))).toBe('08:30-12:00,15:00-18:00'); // summer starts
    expect(rangesText(rangesOn(HOURS, '2026-09-30', false))).toBe('08:30-12:00,15:00-18:00');
    expect(rangesText(rangesOn(HOURS, '2026-10-01', false))).toBe('08:30-12:00,14:30-17:30');
  });

  it('follows the weekday, closes an empty day, and opens a make-up weekend day with Monday\'s ranges', () => {
    expect(rangesText(rangesOn(HOURS, '2026-11-25', false))).toBe('08:30-12:00'); // a winter Wednesday
    expect(rangesOn(HOURS, '2026-11-28', false)).toEqual([]); // Saturday
    expect(rangesText(rangesOn(HOURS, '2026-10-10', true))).toBe('08:30-12:00,14:30-17:30'); // 调休 Saturday
  });

  it('keeps a service without hours open all day', () => {
    expect(rangesOn(null, '2026-11-25', false)).toBeNull();
    expect(isWithin(null, at('2026-11-25T03:00'), ZONE)).toBe(true);
  });

  it('opens at the start of a range and closes at its end, on the hall\'s clock', () => {
    const ranges = rangesOn(HOURS, '2026-11-27', false);
    expect(['08:29:59', '08:30', '11:59:59', '12:00', '14:29', '14:30', '17:29:59', '17:30']
      .map((t) => isWithin(ranges, at(`2026-11-27T${t}`), ZONE))).toEqual([false, true, true, false, false, true, true, false]);
    // 01:00 UTC is 09:00 in Baotou but 02:00 in Berlin.
    expect(isWithin(ranges, Date.parse('2026-11-27T01:00:00Z'), 'Europe/Berlin')).toBe(false);
  });
});

describe('the service is open by its hours and half-day limits', () => {
  const calendar: WorkingCalendar = new Map([['2026-10-10', 'workday']]);
  const service = makeService({ hours: HOURS, dailyLimit: 50, morningLimit: 20, afternoonLimit: 10 });
  const settings = makeSettings();
  const reason = (local: string, counts = { issuedToday: 0, issuedThisHalf: 0 }, s = settings) =>
    closedReason({ service, settings: s, now: at(local), calendar }, counts);

  it('is closed between the ranges and on a Wednesday afternoon in winter, open in the summer afternoon', () => {
    expect(reason('2026-11-27T13:00')).toBe('SERVICE_CLOSED');
    expect(reason('2026-11-25T15:00')).toBe('SERVICE_CLOSED');
    expect(reason('2026-06-10T17:45')).toBeNull();
    expect(reason('2026-10-10T15:00')).toBeNull();
  });

  it('refuses when the half day is full, and the daily limit comes first', () => {
    expect(reason('2026-11-27T09:00', { issuedToday: 19, issuedThisHalf: 19 })).toBeNull();
    expect(reason('2026-11-27T09:00', { issuedToday: 20, issuedThisHalf: 20 })).toBe('HALF_DAY_LIMIT_REACHED');
    expect(reason('2026-11-27T15:00', { issuedToday: 29, issuedThisHalf: 9 })).toBeNull();
    expect(reason('2026-11-27T15:00', { issuedToday: 30, issuedThisHalf: 10 })).toBe('HALF_DAY_LIMIT_REACHED');
    expect(reason('2026-11-27T15:00', { issuedToday: 50, issuedThisHalf: 0 })).toBe('DAILY_LIMIT_REACHED');
  });

  it('counts are needed (hasIssueLimit) exactly for a service some limit can close, morning or afternoon', () => {
    const full = { issuedToday: 1_000, issuedThisHalf: 1_000 };
    for (const dailyLimit of [null, 50]) {
      for (const morningLimit of [null, 20]) {
        for (const afternoonLimit of [null, 10]) {
          const limited = makeService({ dailyLimit, morningLimit, afternoonLimit });
          const closes = ['2026-11-27T09:00', '2026-11-27T15:00'].some((local) => limitReached(limited, full, at(local), ZONE) !== null);
          expect([dailyLimit, morningLimit, afternoonLimit, hasIssueLimit(limited)]).toEqual([dailyLimit, morningLimit, afternoonLimit, closes]);
        }
      }
    }
  });

  it('demo mode opens outside the hours but keeps the half-day limit', () => {
    const demo = makeSettings({ demoMode: true });
    expect(reason('2026-11-28T22:00', { issuedToday: 0, issuedThisHalf: 0 }, demo)).toBeNull();
    expect(reason('2026-11-28T22:00', { issuedToday: 10, issuedThisHalf: 10 }, demo)).toBe('HALF_DAY_LIMIT_REACHED');
  });
});

describe('a service\'s hours on a day of the calendar (hoursOnDay, what the portal shows for two weeks)', () => {
  const calendar: WorkingCalendar = new Map([['2026-10-01', 'holiday'], ['2026-10-10', 'workday'], ['2026-10-11', 'workday']]);

  it('closes on holidays and ordinary weekends, and keeps the weekday\'s ranges on a working day', () => {
    expect(hoursOnDay(HOURS, '2026-10-01', calendar)).toBe('closed');
    expect(hoursOnDay(HOURS, '2026-10-04', calendar)).toBe('closed');
    expect(rangesText(assumeRanges(hoursOnDay(HOURS, '2026-10-07', calendar)))).toBe('08:30-12:00');
    expect(rangesText(assumeRanges(hoursOnDay(HOURS, '2026-09-30', calendar)))).toBe('08:30-12:00,15:00-18:00');
  });

  it('opens a make-up Saturday or Sunday (调休) with Monday\'s ranges; a service without hours is open all day', () => {
    expect(rangesText(assumeRanges(hoursOnDay(HOURS, '2026-10-10', calendar)))).toBe('08:30-12:00,14:30-17:30');
    expect(rangesText(assumeRanges(hoursOnDay(HOURS, '2026-10-11', calendar)))).toBe('08:30-12:00,14:30-17:30');
    expect(hoursOnDay(null, '2026-10-10', calendar)).toBeNull();
    expect(hoursOnDay(null, '2026-10-01', calendar)).toBe('closed');
  });
});

function assumeRanges(value: ReturnType<typeof hoursOnDay>): Exclude<ReturnType<typeof hoursOnDay>, 'closed'> {
  if (value === 'closed') throw new Error('expected ranges, the day is closed');
  return value;
}

import { addWorkingDays, closedReason, isWorkingDay, issue, type WorkingCalendar } from '../../../server/queue';
import { at, makeService, makeSettings } from './builders';

// 2026: 国庆 1–7 October (Thu–Wed), make-up working day Saturday 10 October; Sunday 20 September too.
const CALENDAR: WorkingCalendar = new Map([
  ['2026-10-01', 'holiday'], ['2026-10-02', 'holiday'], ['2026-10-05', 'holiday'], ['2026-10-06', 'holiday'],
  ['2026-10-07', 'holiday'], ['2026-10-10', 'workday'], ['2026-09-20', 'workday'],
]);

describe('isWorkingDay', () => {
  it.each<[string, boolean, string]>([
    ['2026-09-28', true, 'an ordinary Monday'],
    ['2026-09-26', false, 'an ordinary Saturday'],
    ['2026-09-27', false, 'an ordinary Sunday'],
    ['2026-10-01', false, 'a holiday Thursday'],
    ['2026-10-05', false, 'a holiday Monday'],
    ['2026-10-10', true, 'a make-up Saturday'],
    ['2026-09-20', true, 'a make-up Sunday'],
    ['2026-10-08', true, 'the Thursday after the holiday'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, CALENDAR)).toBe(expected);
  });

  it('with an empty calendar follows Monday to Friday', () => {
    expect(['2026-11-30', '2026-12-04', '2026-12-05', '2026-12-06'].map((d) => isWorkingDay(d, new Map())))
      .toEqual([true, true, false, false]);
  });
});

describe('addWorkingDays', () => {
  it('counts only working days after the start day', () => {
    expect(addWorkingDays('2026-11-30', 1, new Map())).toBe('2026-12-01');
    expect(addWorkingDays('2026-12-04', 1, new Map())).toBe('2026-12-07'); // Friday → Monday
    expect(addWorkingDays('2026-12-05', 1, new Map())).toBe('2026-12-07'); // from a Saturday
    expect(addWorkingDays('2026-12-04', 0, new Map())).toBe('2026-12-04');
  });

  it('jumps over a holiday and counts a make-up Saturday', () => {
    // Wed 30 Sep: 1–7 Oct are off (3–4 a weekend), Thu 8, Fri 9, Sat 10 (调休) are working days.
    expect(addWorkingDays('2026-09-30', 1, CALENDAR)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, CALENDAR)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4, CALENDAR)).toBe('2026-10-12');
    // Without the make-up Saturday the same deadline is a day later.
    const noMakeUp = new Map([...CALENDAR].filter(([d]) => d !== '2026-10-10'));
    expect(addWorkingDays('2026-09-30', 3, noMakeUp)).toBe('2026-10-12');
  });

  it('crosses a month and a year end', () => {
    expect(addWorkingDays('2026-12-31', 2, new Map([['2027-01-01', 'holiday']]))).toBe('2027-01-05');
  });

  it('refuses a date that does not exist and a count that is not a whole number', () => {
    expect(() => addWorkingDays('2026-02-30', 1, new Map())).toThrow('not a calendar date');
    expect(() => addWorkingDays('2026-02-03', -1, new Map())).toThrow('whole number');
    expect(() => addWorkingDays('2026-02-03', 1.5, new Map())).toThrow('whole number');
    expect(() => isWorkingDay('tomorrow', new Map())).toThrow('not a calendar date');
  });
});

describe('the hall is closed on days that are not working days', () => {
  const base = { service: makeService(), settings: makeSettings(), priority: null, issuedToday: 0, issuedThisHalf: 0, lastSeq: 0 };

  it('refuses a ticket on a holiday and on an ordinary Saturday with HALL_CLOSED_TODAY', () => {
    expect(issue({ ...base, now: at('2026-10-05T09:00'), calendar: CALENDAR })).toEqual({ ok: false, code: 'HALL_CLOSED_TODAY' });
    expect(issue({ ...base, now: at('2026-09-26T09:00'), calendar: CALENDAR })).toEqual({ ok: false, code: 'HALL_CLOSED_TODAY' });
  });

  it('issues on a make-up Saturday and on the working day after the holiday', () => {
    expect(issue({ ...base, now: at('2026-10-10T09:00'), calendar: CALENDAR })).toMatchObject({ ok: true, value: { number: 'A001' } });
    expect(issue({ ...base, now: at('2026-10-08T09:00'), calendar: CALENDAR })).toMatchObject({ ok: true });
  });

  it('a disabled service says disabled even on a holiday; demo mode opens the holiday but keeps the limits', () => {
    const now = at('2026-10-05T09:00');
    expect(closedReason({ service: makeService({ enabled: false }), settings: makeSettings(), now, calendar: CALENDAR }, { issuedToday: 0, issuedThisHalf: 0 }))
      .toBe('SERVICE_DISABLED');
    const demo = makeSettings({ demoMode: true });
    expect(closedReason({ service: makeService(), settings: demo, now, calendar: CALENDAR }, { issuedToday: 0, issuedThisHalf: 0 })).toBeNull();
    expect(closedReason({ service: makeService({ dailyLimit: 2 }), settings: demo, now, calendar: CALENDAR }, { issuedToday: 2, issuedThisHalf: 0 }))
      .toBe('DAILY_LIMIT_REACHED');
  });
});

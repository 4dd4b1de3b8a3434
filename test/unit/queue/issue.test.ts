import { issue, readOpeningHours, type IssueInput } from '../../../server/queue';
import { at, makeService, makeSettings } from './builders';

function input(overrides: Partial<IssueInput> = {}): IssueInput {
  return {
    service: makeService(),
    settings: makeSettings(),
    now: at('2026-11-27T09:00'),
    priority: null,
    issuedToday: 0,
    issuedThisHalf: 0,
    lastSeq: 0,
    calendar: new Map(),
    ...overrides,
  };
}

/** The same ranges on all seven days, all year. */
function everyDay(ranges: string[]) {
  return readOpeningHours({ timetables: [{ startsOn: '01-01', week: Array.from({ length: 7 }, () => ranges) }] });
}

/** 2026-11-28 is a Saturday: these tests about the day boundary make it a working one. */
const SATURDAY_WORKED = new Map([['2026-11-28', 'workday' as const]]);

describe('issue', () => {
  it('issues the next number of the sequence with arrival and queue key at now', () => {
    const now = at('2026-11-27T09:15:30');
    const result = issue(input({ now, lastSeq: 41, issuedToday: 41 }));
    expect(result).toEqual({
      ok: true,
      value: {
        businessDay: '2026-11-27',
        serviceId: 'pension',
        centreId: 'social',
        prefix: 'A',
        seq: 42,
        number: 'A042',
        priority: null,
        arrivedAt: now,
        queueKey: now,
        slotFrom: null,
        slotTo: null,
      },
    });
  });

  it('starts at 001', () => {
    const result = issue(input());
    expect(result.ok && result.value.number).toBe('A001');
  });

  it('keeps a valid priority reason', () => {
    const result = issue(input({ priority: 'elderly70' }));
    expect(result.ok && result.value.priority).toBe('elderly70');
  });

  describe('business day boundary (storage resets lastSeq per day; the engine names the day)', () => {
    it('gives a ticket one second before midnight the old day and one at midnight the new day', () => {
      const late = issue(input({ now: Date.parse('2026-11-27T23:59:59+08:00'), lastSeq: 57, issuedToday: 57 }));
      const early = issue(input({ now: Date.parse('2026-11-28T00:00:00+08:00'), lastSeq: 0, issuedToday: 0, calendar: SATURDAY_WORKED }));
      expect(late).toMatchObject({ ok: true, value: { businessDay: '2026-11-27', number: 'A058' } });
      expect(early).toMatchObject({ ok: true, value: { businessDay: '2026-11-28', number: 'A001' } });
    });

    it('names the day in the hall zone, not in UTC', () => {
      const now = Date.parse('2026-11-27T16:30:00Z');
      const result = issue(input({ now, calendar: SATURDAY_WORKED }));
      expect(result.ok && result.value.businessDay).toBe('2026-11-28');
    });
  });

  describe('service hours', () => {
    const service = makeService({ hours: everyDay(['08:30-12:00', '13:30-17:30']) });

    it.each([
      ['2026-11-27T08:29:59', 'SERVICE_CLOSED'],
      ['2026-11-27T08:30:00', null],
      ['2026-11-27T11:59:59', null],
      ['2026-11-27T12:00:00', 'SERVICE_CLOSED'],
      ['2026-11-27T13:30:00', null],
      ['2026-11-27T17:30:00', 'SERVICE_CLOSED'],
    ])('at %s: %s', (local, code) => {
      const result = issue(input({ service, now: at(local) }));
      if (code === null) expect(result.ok).toBe(true);
      else expect(result).toEqual({ ok: false, code });
    });
  });

  describe('daily limit', () => {
    it('issues below the limit and refuses at it', () => {
      const service = makeService({ dailyLimit: 50 });
      expect(issue(input({ service, issuedToday: 49, lastSeq: 49 })).ok).toBe(true);
      expect(issue(input({ service, issuedToday: 50, lastSeq: 50 }))).toEqual({ ok: false, code: 'DAILY_LIMIT_REACHED' });
      expect(issue(input({ service, issuedToday: 51, lastSeq: 51 }))).toEqual({ ok: false, code: 'DAILY_LIMIT_REACHED' });
    });

    it('counts this service only, while the shared sequence keeps counting', () => {
      // Another service on the same prefix already used 30 numbers; this one has issued 5 of its 10.
      const service = makeService({ dailyLimit: 10 });
      const result = issue(input({ service, issuedToday: 5, lastSeq: 35 }));
      expect(result).toMatchObject({ ok: true, value: { seq: 36, number: 'A036' } });
    });

    it('has no limit when null', () => {
      expect(issue(input({ issuedToday: 900, lastSeq: 900 })).ok).toBe(true);
    });

    it('a limit of 0 issues nothing', () => {
      expect(issue(input({ service: makeService({ dailyLimit: 0 }) }))).toEqual({ ok: false, code: 'DAILY_LIMIT_REACHED' });
    });
  });

  describe('sequence exhaustion', () => {
    it('issues 999 and refuses after it', () => {
      expect(issue(input({ lastSeq: 998, issuedToday: 998 }))).toMatchObject({ ok: true, value: { seq: 999, number: 'A999' } });
      expect(issue(input({ lastSeq: 999, issuedToday: 999 }))).toEqual({ ok: false, code: 'SEQUENCE_EXHAUSTED' });
    });
  });

  describe('priority reasons', () => {
    it('refuses a reason the hall does not offer', () => {
      const settings = makeSettings({ priorityReasons: ['elderly70'] });
      expect(issue(input({ settings, priority: 'military' }))).toEqual({ ok: false, code: 'PRIORITY_REASON_INVALID' });
      expect(issue(input({ settings, priority: 'elderly70' })).ok).toBe(true);
    });
  });

  describe('order of checks', () => {
    const closedHours = everyDay(['13:30-17:30']);
    const morning = at('2026-11-27T09:00');
    const everythingWrong = {
      now: morning,
      priority: 'military' as const,
      settings: makeSettings({ priorityReasons: [] }),
      issuedToday: 999,
      lastSeq: 999,
    };

    it.each([
      ['SERVICE_DISABLED', { service: makeService({ enabled: false, hours: closedHours, dailyLimit: 1 }) }],
      ['SERVICE_CLOSED', { service: makeService({ hours: closedHours, dailyLimit: 1 }) }],
      ['PRIORITY_REASON_INVALID', { service: makeService({ dailyLimit: 1 }) }],
      ['DAILY_LIMIT_REACHED', { service: makeService({ dailyLimit: 1 }), priority: null }],
      ['SEQUENCE_EXHAUSTED', { service: makeService(), priority: null }],
    ] as const)('reports %s first', (code, overrides) => {
      expect(issue(input({ ...everythingWrong, ...overrides }))).toEqual({ ok: false, code });
    });
  });
});

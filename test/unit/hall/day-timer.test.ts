/**
 * The midnight timer ends the business day even when no command comes overnight, and a fault while it
 * does (a full disk under the day's last writes) is logged, never thrown out of the timer; it then waits
 * for the next midnight (the morning's first command ends the day as well).
 */
import { DayTimer } from '../../../server/hall/day-timer';
import { ManualClock, beijing } from '../../support/clock';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('ends the day just after local midnight and waits for the next one', () => {
  const clock = new ManualClock(beijing('2026-12-01T23:59:00'));
  const ended: number[] = [];
  const timer = new DayTimer({ rollover: (now) => ended.push(now) }, clock, () => 'Asia/Shanghai');
  timer.start();
  clock.set(beijing('2026-12-02T00:00:01'));
  jest.advanceTimersByTime(59_000);
  expect(ended).toEqual([]);
  jest.advanceTimersByTime(2_100);
  expect(ended).toEqual([beijing('2026-12-02T00:00:01')]);
  expect(jest.getTimerCount()).toBe(1);
  timer.stop();
  expect(jest.getTimerCount()).toBe(0);
});

it('logs a fault while ending the day and still waits for the next midnight', () => {
  const clock = new ManualClock(beijing('2026-12-01T23:59:59'));
  const logged: unknown[] = [];
  const timer = new DayTimer({ rollover: () => {
    throw new Error('database or disk is full');
  } }, clock, () => 'Asia/Shanghai', (err) => logged.push(err));
  timer.start();
  clock.set(beijing('2026-12-02T00:00:01'));
  expect(() => jest.advanceTimersByTime(3_000)).not.toThrow();
  expect(logged).toEqual([new Error('database or disk is full')]);
  expect(jest.getTimerCount()).toBe(1);
  timer.stop();
});

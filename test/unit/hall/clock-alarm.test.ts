/**
 * The alarm behind the timers that move the hall by the clock alone (notices, booked slot windows): it
 * rings just past its moment, once; setting it again or cancelling it replaces what was set; a moment
 * beyond setTimeout's reach is waited for in steps; and a fault while it rings is logged, never thrown
 * out of the timer (an uncaught error there would end the server). The notices' timer is shown to keep
 * that rule with a real database whose query fails when the alarm rings.
 */
import { ClockAlarm } from '../../../server/hall/clock-alarm';
import { AnnouncementTimer } from '../../../server/hall/announcement-timer';
import { openDatabase } from '../../../server/db/open';
import { insertAnnouncement } from '../../../server/db/queries/announcements';
import { tempDir } from '../../../testkit/hall';
import { ManualClock, beijing } from '../../support/clock';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const START = beijing('2026-12-01T09:00:00');

it('rings once, just past its moment, and only its last setting', async () => {
  const clock = new ManualClock(START);
  const rang: number[] = [];
  const alarm = new ClockAlarm(clock, () => rang.push(clock.now()));
  alarm.set(START + 10_000);
  alarm.set(START + 20); // replaces the first setting
  await sleep(80);
  expect(rang).toEqual([START]);
  alarm.set(START + 10);
  alarm.cancel();
  alarm.set(null);
  await sleep(60);
  expect(rang).toHaveLength(1);
});

it('waits for a moment beyond setTimeout in steps', () => {
  jest.useFakeTimers();
  try {
    const clock = new ManualClock(START);
    const spy = jest.spyOn(global, 'setTimeout');
    const alarm = new ClockAlarm(clock, () => undefined);
    alarm.set(START + 60 * 24 * 3600_000);
    expect(spy.mock.calls.at(-1)?.[1]).toBe(2 ** 31 - 1);
    alarm.cancel();
  } finally {
    jest.useRealTimers();
  }
});

it('logs a fault while it rings instead of throwing it out of the timer', async () => {
  const clock = new ManualClock(START);
  const logged: unknown[] = [];
  const alarm = new ClockAlarm(clock, () => {
    throw new Error('disk I/O error');
  }, (err) => logged.push(err));
  alarm.set(START);
  await sleep(40);
  expect(logged).toEqual([new Error('disk I/O error')]);
});

it("the notices' timer survives a query that fails when it wakes", async () => {
  const db = openDatabase(tempDir('alarm-'));
  const clock = new ManualClock(START);
  const logged: unknown[] = [];
  const published: number[] = [];
  try {
    insertAnnouncement(db, { text: '系统维护', textMn: '', startsAt: START + 20, endsAt: START + 3600_000 }, START);
    const timer = new AnnouncementTimer(db, clock, () => published.push(clock.now()), (err) => logged.push(err));
    timer.start();
    // The notice's table becomes unreadable before the timer wakes at its start.
    db.exec('ALTER TABLE announcements RENAME TO announcements_gone');
    clock.advance(20);
    await sleep(60);
    expect(logged).toHaveLength(1);
    expect(String(logged[0])).toContain('announcements');
    expect(published).toEqual([]);
    timer.stop();
  } finally {
    db.close();
  }
});

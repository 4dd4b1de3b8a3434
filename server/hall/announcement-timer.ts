/**
 * Notices start and end showing by the clock, without anybody changing anything: this timer wakes at
 * the next start or end time of any notice and, when the set of notices showing has changed, tells
 * every screen to take a fresh snapshot (which lists the notices showing at that moment). It is told
 * after each committed configuration change, so a new or moved notice rearms it.
 */
import type { Clock } from '../commands/context';
import type { Db } from '../db/open';
import { announcementsShowing, nextAnnouncementChange } from '../db/queries/announcements';
import { ClockAlarm } from './clock-alarm';

export class AnnouncementTimer {
  private readonly alarm: ClockAlarm;
  private showing = '';

  constructor(private readonly db: Db, private readonly clock: Clock, private readonly publish: () => void,
    logError: (err: unknown) => void = console.error) {
    this.alarm = new ClockAlarm(clock, () => this.check(), logError);
  }

  start(): void {
    this.showing = this.showingNow();
    this.arm();
  }

  /**
   * Looks again at what shows now: publishes when that changed since the last look (`alreadyPublished`:
   * a committed change has just told the screens itself), then waits for the next boundary.
   */
  check(alreadyPublished = false): void {
    if (!this.db.open) return;
    const now = this.showingNow();
    if (now !== this.showing && !alreadyPublished) this.publish();
    this.showing = now;
    this.arm();
  }

  stop(): void {
    this.alarm.cancel();
  }

  private showingNow(): string {
    return announcementsShowing(this.db, this.clock.now()).map((a) => `${a.id}:${a.startsAt}:${a.endsAt}`).join(',');
  }

  private arm(): void {
    this.alarm.set(this.db.open ? nextAnnouncementChange(this.db, this.clock.now()) : null);
  }
}

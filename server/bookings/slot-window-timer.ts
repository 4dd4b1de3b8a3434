/**
 * A booked resident who checked in early waits by arrival until their slot window opens, then ranks
 * ahead of walk-ins; when the window closes they fall back to arrival order (server/queue/order.ts).
 * Either moment moves the line without any command, so this timer wakes at the next one and tells the
 * hall which services' lines moved: phones following them ask where they stand again, window displays
 * take their next numbers and counter desks their lists. It is told after each committed change that
 * stored a booked ticket, which may bring the next moment closer.
 */
import type { Clock } from '../commands/context';
import type { Db } from '../db/open';
import type { Outbox } from '../commands/outbox';
import { nextSlotBoundary, servicesAtSlotBoundary } from '../db/queries/slot-windows';
import { ClockAlarm } from '../hall/clock-alarm';

export class SlotWindowTimer {
  /** A fault while it looks (a disk gone bad) is logged, never the end of the server; the next commit looks again. */
  private readonly alarm: ClockAlarm;
  /** Moments up to this one have been told. */
  private toldUntil = 0;

  constructor(private readonly db: Db, private readonly clock: Clock, private readonly linesMoved: (serviceIds: string[]) => void,
    logError: (err: unknown) => void = console.error) {
    this.alarm = new ClockAlarm(clock, () => this.check(), logError);
  }

  start(): void {
    this.toldUntil = this.clock.now();
    this.arm();
  }

  /** Tells the lines a window opened or closed in since the last look, then waits for the next moment. */
  check(): void {
    if (!this.db.open) return;
    const now = this.clock.now();
    const moved = servicesAtSlotBoundary(this.db, this.toldUntil, now);
    this.toldUntil = now;
    if (moved.length > 0) this.linesMoved(moved);
    this.arm();
  }

  /** After a commit: a booked ticket stored (checked in, transferred) may have a nearer moment. */
  committed(outbox: Outbox): void {
    for (const ticket of outbox.tickets.values()) {
      if (ticket.slotTo !== null) {
        this.check();
        return;
      }
    }
  }

  stop(): void {
    this.alarm.cancel();
  }

  private arm(): void {
    this.alarm.set(this.db.open ? nextSlotBoundary(this.db, this.clock.now()) : null);
  }
}

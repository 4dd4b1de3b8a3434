/**
 * An alarm at a moment of the hall's clock (a notice starting, a booked slot window opening), for the
 * timers that move the hall without any command. One rule for all of them: the timer fires a few ms past
 * the moment, so the clock read then is on the far side of it; a moment further off than setTimeout can
 * wait is reached in steps; a pending alarm never keeps the process alive; and a fault while the alarm
 * rings (a disk gone bad under the query it makes) is logged, never the end of the server.
 */
import type { Clock } from '../commands/context';

/** setTimeout cannot wait longer than about 24.8 days; a later moment is reached in steps. */
const MAX_WAIT_MS = 2 ** 31 - 1;
const PAST_THE_MOMENT_MS = 5;

export class ClockAlarm {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly clock: Clock, private readonly ring: () => void,
    private readonly logError: (err: unknown) => void = console.error) {}

  /**
   * Rings at `at` (clock time), replacing any earlier setting; null: nothing to wait for. Set far off, it
   * rings early, and the owner, looking again, sets it again.
   */
  set(at: number | null): void {
    this.cancel();
    if (at === null) return;
    this.timer = setTimeout(() => this.rung(), Math.min(MAX_WAIT_MS, Math.max(0, at - this.clock.now()) + PAST_THE_MOMENT_MS));
    this.timer.unref();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private rung(): void {
    this.timer = null;
    try {
      this.ring();
    } catch (err) {
      this.logError(err);
    }
  }
}

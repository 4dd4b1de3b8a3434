/**
 * Wakes at each local midnight of the hall's time zone to expire yesterday's open tickets and tell
 * the displays, even if no command arrives overnight.
 */
import type { Clock } from '../commands/context';
import type { CommandBus } from '../commands/bus';
import { nextBusinessDayStart } from '../queue';

export class DayTimer {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly bus: CommandBus, private readonly clock: Clock, private readonly timezone: string) {}

  start(): void {
    this.stop();
    const now = this.clock.now();
    // setTimeout cannot wait longer than ~24.8 days; a day is far below that. +1 s lands after the boundary.
    const delay = Math.max(1000, nextBusinessDayStart(now, this.timezone) - now + 1000);
    this.timer = setTimeout(() => {
      this.bus.rollover(this.clock.now());
      this.start();
    }, delay);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * Wakes at each local midnight of the hall's time zone to expire yesterday's open tickets and tell
 * the displays, even if no command arrives overnight. A fault while it ends the day (a full disk) is
 * logged and the timer waits for the next midnight; the first command of the morning ends the day too.
 */
import type { Clock } from '../commands/context';
import type { CommandBus } from '../commands/bus';
import { nextBusinessDayStart } from '../queue';
import { ClockAlarm } from './clock-alarm';

/** Past the boundary by this much, so the day read then is surely the new one. */
const AFTER_MIDNIGHT_MS = 1000;

export class DayTimer {
  private readonly alarm: ClockAlarm;

  constructor(private readonly bus: Pick<CommandBus, 'rollover'>, private readonly clock: Clock,
    private readonly timezone: () => string, logError: (err: unknown) => void = console.error) {
    this.alarm = new ClockAlarm(clock, () => {
      try {
        this.bus.rollover(this.clock.now());
      } finally {
        this.start();
      }
    }, logError);
  }

  start(): void {
    this.alarm.set(nextBusinessDayStart(this.clock.now(), this.timezone()) + AFTER_MIDNIGHT_MS);
  }

  stop(): void {
    this.alarm.cancel();
  }
}

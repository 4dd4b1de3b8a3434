/**
 * Waking at a moment of the hall's clock (a notice starting, a booked slot window opening): a timer a
 * few ms past the moment, so the clock read then is on the far side of it.
 */
import type { Clock } from '../commands/context';

/** setTimeout cannot wait longer than about 24.8 days; a later moment is reached in steps. */
const MAX_WAIT_MS = 2 ** 31 - 1;
const PAST_THE_MOMENT_MS = 5;

/** A timer that fires `wake` at `at` (clock time) or, when that is too far off, wakes early to look again. */
export function wakeAt(clock: Clock, at: number, wake: () => void): NodeJS.Timeout {
  const timer = setTimeout(wake, Math.min(MAX_WAIT_MS, Math.max(0, at - clock.now()) + PAST_THE_MOMENT_MS));
  // A pending wake-up never keeps the process alive on its own.
  timer.unref();
  return timer;
}

/**
 * When the checkpoint worker should copy the WAL back into the database file, decided from what the
 * serving connection has written (./backlog.ts), not from a timer alone. Each checkpoint copies every
 * page changed since the last one and syncs the database file; in quiet hours a hall changes the same few
 * pages (the day's rows, the tail of an index) call after call, so checkpointing once a second copies
 * them once instead of five times. Under a burst the backlog crosses BUSY_PAGES within one look and the
 * worker keeps up at every look, as fast as before; the serving connection's own threshold
 * (SAFETY_NET_PAGES in ./checkpointer.ts) stays far away.
 */

/** How often the backlog is looked at (ms). */
export const LOOK_EVERY_MS = 200;
/** A backlog this large (pages, about 1 MB) is copied at once. */
export const BUSY_PAGES = 256;
/** A smaller backlog waits at most this long (ms). */
export const QUIET_MS = 1000;

/** Whether to checkpoint now; an unknown backlog (null) is treated as one to copy, as a timer would. */
export function checkpointDue(backlog: number | null, msSinceLast: number): boolean {
  if (backlog === null) return true;
  if (backlog === 0) return false;
  return backlog >= BUSY_PAGES || msSinceLast >= QUIET_MS;
}

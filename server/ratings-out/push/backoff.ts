/** The pause before the next batch after `failures` failed attempts in a row: 5 s, doubling, at most 5 minutes. */
export const FIRST_PAUSE_MS = 5_000;
export const LONGEST_PAUSE_MS = 5 * 60_000;

export function pauseAfter(failures: number): number {
  return Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.max(0, Math.min(failures, 20) - 1));
}

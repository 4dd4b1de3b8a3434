/**
 * When a display shows the 政务公开 boards instead of the calls: the hall (this display's scope) is quiet —
 * nobody waiting, no window calling anyone, and no call for a while. Pure, so the rule can be tested; a
 * call or a resident taking a ticket ends it at once, with the event that brings them.
 */
import type { HallSnapshot } from '../../protocol/views';
import type { BoardId } from '../../protocol/public-info';

/** No call for this long (and nobody waiting) makes the hall quiet. A display's address may set another (`?quiet=<seconds>`). */
export const QUIET_AFTER_MS = 3 * 60_000;

/** The boards shown in turn while the hall is quiet, in this order (办事程序、服务承诺、办事纪律、投诉办法). */
export const QUIET_BOARDS: readonly BoardId[] = ['procedure', 'commitment', 'discipline', 'complaints'];

/** How long each board stays on screen. */
export const BOARD_MS = 20_000;

/**
 * `since`: when this display started. It shows the hall for the quiet time first, as it cannot know how
 * long the hall was quiet before it was switched on.
 */
export function isQuiet(snapshot: Pick<HallSnapshot, 'loads' | 'counters' | 'recentCalls'>, now: number, quietAfterMs: number,
  since: number): boolean {
  if (quietAfterMs <= 0) return false;
  if (snapshot.loads.some((l) => l.waiting > 0)) return false;
  if (snapshot.counters.some((c) => c.currentStatus === 'called')) return false;
  const last = snapshot.recentCalls.reduce((latest, call) => Math.max(latest, call.at), since);
  return now - last >= quietAfterMs;
}

/** The quiet time a display's address asks for, in ms (`?quiet=90` is a minute and a half; `0` never), else the default. */
export function quietAfterFrom(search: string): number {
  const value = new URLSearchParams(search).get('quiet');
  const seconds = value === null || value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : QUIET_AFTER_MS;
}

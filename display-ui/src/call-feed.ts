/**
 * Which calls of a snapshot are new to this display. Pure, so the rule can be tested: the first snapshot
 * only marks what is already there (history is not announced again); afterwards every call not seen
 * before is new, whether it came as an event or inside a resync snapshot, unless it is already stale.
 */
import type { CallView } from '../../protocol/views';
import { callKey } from './announcer/phrase';

/** A call this much older than the newest one is history, not news (e.g. after a long disconnect). */
export const STALE_CALL_MS = 120_000;

export interface CallFeed {
  /** Calls not seen before, oldest first. */
  take(recentCalls: CallView[]): CallView[];
}

export function createCallFeed(): CallFeed {
  const seen = new Set<string>();
  let primed = false;
  return {
    take(recentCalls) {
      const unseen = recentCalls.filter((call) => !seen.has(callKey(call)));
      for (const call of unseen) seen.add(callKey(call));
      if (seen.size > 500) {
        // The hall shows 20 recent calls at most; forget keys that can no longer come back.
        const keep = new Set(recentCalls.map(callKey));
        for (const key of seen) if (!keep.has(key)) seen.delete(key);
      }
      if (!primed) {
        primed = true;
        return [];
      }
      const newest = Math.max(...recentCalls.map((c) => c.at));
      return unseen.filter((call) => newest - call.at <= STALE_CALL_MS).sort((a, b) => a.at - b.at);
    },
  };
}

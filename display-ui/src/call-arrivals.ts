import { useMemo, useRef } from 'preact/hooks';
import type { CallView } from '../../protocol/views';
import { callKey } from './announcer/phrase';

/** When each call reached this display, by call key. */
export type Arrivals = ReadonlyMap<string, number>;

/**
 * The arrivals after a new list of recent calls: known calls keep their time, new ones get `now`, and
 * calls that left the list are forgotten (so the map never grows). On the first list (`previous` null)
 * every call is history, not news, and gets -Infinity.
 */
export function nextArrivals(previous: Arrivals | null, calls: readonly CallView[], now: number): Arrivals {
  const next = new Map<string, number>();
  for (const call of calls) {
    const key = callKey(call);
    next.set(key, previous?.get(key) ?? (previous === null ? Number.NEGATIVE_INFINITY : now));
  }
  return next;
}

export function useArrivals(calls: readonly CallView[] | null): Arrivals {
  const last = useRef<Arrivals | null>(null);
  return useMemo(() => {
    if (!calls) return new Map<string, number>();
    last.current = nextArrivals(last.current, calls, Date.now());
    return last.current;
  }, [calls]);
}

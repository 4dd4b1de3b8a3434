/**
 * Pure bookkeeping of a hall-level client: how one `hall.event` changes the snapshot it holds (loads,
 * counters and printers upserted, the call prepended).
 * Kept apart from the socket so the rules (upserts, the call list, gap detection) are easy to test.
 */
import type { HallEvent, PrinterStateView } from '../events';
import type { CallView, CounterView, HallSnapshot, ServiceLoad } from '../views';

/** Calls kept in `recentCalls`, newest first: enough for any display's history column. */
export const RECENT_CALLS_KEPT = 20;

/** What to do with one incoming event, given the snapshot held. */
export type EventVerdict =
  | { kind: 'apply'; next: HallSnapshot }
  /** Already contained in the snapshot (seq not newer): drop it silently. */
  | { kind: 'stale' }
  /** A restart (new epoch) or a missed event: only a fresh snapshot can be trusted. */
  | { kind: 'resync' };

export function judgeHallEvent(snapshot: HallSnapshot, event: HallEvent): EventVerdict {
  if (event.epoch !== snapshot.epoch) return { kind: 'resync' };
  if (event.seq <= snapshot.seq) return { kind: 'stale' };
  if (event.seq !== snapshot.seq + 1) return { kind: 'resync' };
  return { kind: 'apply', next: applyHallEvent(snapshot, event) };
}

/** The snapshot after `event`, assuming the event is the next one in sequence. */
export function applyHallEvent(snapshot: HallSnapshot, event: HallEvent): HallSnapshot {
  return {
    ...snapshot,
    seq: event.seq,
    loads: event.loads ? upsert(snapshot.loads, event.loads, (l: ServiceLoad) => l.serviceId) : snapshot.loads,
    counters: event.counters ? upsert(snapshot.counters, event.counters, (c: CounterView) => c.id) : snapshot.counters,
    recentCalls: event.call ? prependCall(snapshot.recentCalls, event.call) : snapshot.recentCalls,
    printers: event.printers ? upsert(snapshot.printers, event.printers, (p: PrinterStateView) => p.printerId) : snapshot.printers,
  };
}

function prependCall(calls: CallView[], call: CallView): CallView[] {
  return [call, ...calls].slice(0, RECENT_CALLS_KEPT);
}

/** Replaces items with the same key in place (keeps order stable for lists on screen), appends new ones. */
export function upsert<T, K>(items: T[], changes: T[], keyOf: (item: T) => K): T[] {
  const changed = new Map<K, T>();
  for (const change of changes) changed.set(keyOf(change), change);
  const result = items.map((item) => {
    const key = keyOf(item);
    const replacement = changed.get(key);
    if (replacement === undefined) return item;
    changed.delete(key);
    return replacement;
  });
  for (const added of changed.values()) result.push(added);
  return result;
}

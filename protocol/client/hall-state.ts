/**
 * Pure bookkeeping of a hall-level client: how one `hall.event` changes the snapshot it holds (loads,
 * counters and printers upserted, the call prepended).
 * Kept apart from the socket so the rules (upserts, the call list, gap detection) are easy to test.
 */
import type { CounterChange, HallEvent, PrinterStateView, ServiceLoadChange } from '../events';
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
  // A configuration change can touch anything in the snapshot: only a new one shows it whole.
  if (event.config) return { kind: 'resync' };
  const next = applyHallEvent(snapshot, event);
  return next ? { kind: 'apply', next } : { kind: 'resync' };
}

/**
 * The snapshot after `event`, assuming the event is the next one in sequence; null when the event
 * changes a service or counter this snapshot does not know with only some of its fields (only a new
 * snapshot can fill in the rest).
 */
export function applyHallEvent(snapshot: HallSnapshot, event: HallEvent): HallSnapshot | null {
  const loads = event.loads
    ? merge(snapshot.loads, event.loads, (l) => l.serviceId, (l, c): ServiceLoad => ({ ...l, ...c }), fullLoad)
    : snapshot.loads;
  const counters = event.counters
    ? merge(snapshot.counters, event.counters, (c) => c.id, (c, change): CounterView => ({ ...c, ...change }), fullCounter)
    : snapshot.counters;
  if (!loads || !counters) return null;
  return {
    ...snapshot,
    seq: event.seq,
    loads,
    counters,
    recentCalls: event.call ? prependCall(snapshot.recentCalls, event.call) : snapshot.recentCalls,
    printers: event.printers ? upsert(snapshot.printers, event.printers, (p: PrinterStateView) => p.printerId) : snapshot.printers,
    ...(event.nextNumbers ? { nextNumbers: event.nextNumbers } : {}),
  };
}

function fullLoad(change: ServiceLoadChange): ServiceLoad | null {
  const { waiting, estimateMinutes, issuedToday } = change;
  if (waiting === undefined || estimateMinutes === undefined || issuedToday === undefined) return null;
  return { serviceId: change.serviceId, waiting, estimateMinutes, issuedToday, closedReason: change.closedReason };
}

function fullCounter(change: CounterChange): CounterView | null {
  const { name, centreId, serviceIds, status, enabled, currentNumber, currentStatus, staffName, staffPhoto, staffNumber,
    lastFinishedNumber } = change;
  if (name === undefined || centreId === undefined || serviceIds === undefined || status === undefined || enabled === undefined
    || currentNumber === undefined || currentStatus === undefined || staffName === undefined || staffPhoto === undefined
    || staffNumber === undefined || lastFinishedNumber === undefined) return null;
  return { id: change.id, name, centreId, serviceIds, status, enabled, currentNumber, currentStatus, staffName, staffPhoto,
    staffNumber, lastFinishedNumber };
}

/**
 * Merges partial changes into the items with the same key (order kept for lists on screen); a change
 * for an unknown key is appended when it is complete, and makes the whole merge fail (null) when not.
 */
export function merge<T, C, K>(items: T[], changes: C[], keyOf: (item: T | C) => K,
  combine: (item: T, change: C) => T, complete: (change: C) => T | null): T[] | null {
  const pending = new Map<K, T | null>();
  const result = items.map((item) => item);
  const index = new Map(result.map((item, i) => [keyOf(item), i]));
  for (const change of changes) {
    const at = index.get(keyOf(change));
    const item = at !== undefined ? result[at] : undefined;
    if (at !== undefined && item !== undefined) {
      result[at] = combine(item, change);
      continue;
    }
    const added = complete(change);
    if (!added) return null;
    pending.set(keyOf(change), added);
  }
  for (const added of pending.values()) if (added) result.push(added);
  return result;
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

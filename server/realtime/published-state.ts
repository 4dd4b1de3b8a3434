/**
 * What the hall stream last told every client about each service load and counter, so the next event
 * carries only the fields that changed. Every change to a load's or counter's inputs is published
 * (the command marks it in its outbox), so this is also what every client holds, whether it followed
 * the events or took a snapshot since. The one input that changes without a command is the clock
 * (opening hours), so `closedReason` is sent with every load change.
 */
import type { CounterChange, ServiceLoadChange } from '../../protocol/events';
import type { CounterView, ServiceLoad } from '../../protocol/views';

const LOAD_FIELDS: readonly (keyof ServiceLoad)[] = ['waiting', 'estimateMinutes', 'issuedToday', 'closedReason'];
const COUNTER_FIELDS: readonly (keyof CounterView)[] = [
  'name', 'centreId', 'serviceIds', 'status', 'enabled', 'currentNumber', 'currentStatus', 'staffName', 'staffPhoto',
  'staffNumber', 'lastFinishedNumber',
];

/** The `fields` of `next` that differ from `last` (all of them when there is no `last`), or null when none do. */
function changedFields<T extends object, F extends keyof T>(last: T | undefined, next: T, fields: readonly F[]): Partial<Pick<T, F>> | null {
  const change: Partial<Pick<T, F>> = {};
  let changed = false;
  for (const field of fields) {
    if (last !== undefined && sameValue(last[field], next[field])) continue;
    change[field] = next[field];
    changed = true;
  }
  return changed ? change : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  return a === b;
}

export class PublishedState {
  private readonly loads = new Map<string, ServiceLoad>();
  private readonly counters = new Map<number, CounterView>();

  /** The changes to announce for these loads; remembers them as published. */
  loadChanges(next: readonly ServiceLoad[]): ServiceLoadChange[] {
    return next.map((load) => {
      const change = changedFields(this.loads.get(load.serviceId), load, LOAD_FIELDS);
      this.loads.set(load.serviceId, load);
      return { ...change, serviceId: load.serviceId, closedReason: load.closedReason };
    });
  }

  /** The changes to announce for these counters (unchanged ones left out); remembers them as published. */
  counterChanges(next: readonly CounterView[]): CounterChange[] {
    const changes: CounterChange[] = [];
    for (const counter of next) {
      const change = changedFields(this.counters.get(counter.id), counter, COUNTER_FIELDS);
      this.counters.set(counter.id, counter);
      if (change) changes.push({ ...change, id: counter.id });
    }
    return changes;
  }
}

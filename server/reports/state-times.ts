/**
 * Per-state times of one ticket, derived from its append-only event log (never from the mutable ticket
 * row, which only keeps the latest call). Pure: the caller loads the events.
 *
 * - arrivedAt: when the ticket was taken (its issue event); calledAt: its first call; startedAt: when service first began;
 *   finishedAt: when it was finished (办结) — null for no-shows, cancellations and expiries.
 * - waitMs: all time spent waiting that ended in a call (issue → call, and again after a transfer or a
 *   late-return requeue); null while the ticket was never called.
 * - serviceMs: all time in service across counters, without the time a ticket was held (挂起: the
 *   resident was away); null until the ticket is finished.
 *
 * Service begins at 'started' or 'resumed'; a ticket finished straight from 'called' counts service
 * from that call, as the finish verb does. A transfer or hold straight from 'called' counts no service.
 */
import type { TicketEventRow } from '../db/queries/tickets';

export interface StateTimes {
  arrivedAt: number | null;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  waitMs: number | null;
  serviceMs: number | null;
}

type Phase = 'none' | 'waiting' | 'called' | 'serving' | 'held' | 'closed';

/** Where the ticket is while the log is read: its phase, since when, and the time summed so far. */
interface Reading {
  times: StateTimes;
  phase: Phase;
  since: number;
  waited: number;
  served: number;
}

/** Service time up to `at`, if the ticket was in service. */
function servedUntil(r: Reading, at: number): number {
  return r.phase === 'serving' ? r.served + (at - r.since) : r.served;
}

function step(r: Reading, e: TicketEventRow): Reading {
  const { times } = r;
  switch (e.type) {
    case 'issued':
      return { ...r, times: { ...times, arrivedAt: times.arrivedAt ?? e.at }, phase: 'waiting', since: e.at };
    case 'requeued':
      return { ...r, phase: 'waiting', since: e.at };
    case 'called': {
      const waited = r.phase === 'waiting' ? r.waited + (e.at - r.since) : r.waited;
      const waitMs = r.phase === 'waiting' ? waited : times.waitMs;
      return { ...r, times: { ...times, calledAt: times.calledAt ?? e.at, waitMs }, phase: 'called', since: e.at, waited };
    }
    case 'started':
    case 'resumed':
      return { ...r, times: { ...times, startedAt: times.startedAt ?? e.at }, phase: 'serving', since: e.at };
    case 'held':
      return { ...r, phase: 'held', served: servedUntil(r, e.at) };
    case 'transferred':
      return { ...r, phase: 'waiting', since: e.at, served: servedUntil(r, e.at) };
    case 'finished': {
      // Finished straight from the call: service ran from the call, as the finish verb counts it.
      const from = r.phase === 'called' ? { ...r, phase: 'serving' as const } : r;
      const served = servedUntil(from, e.at);
      const startedAt = times.startedAt ?? (r.phase === 'called' ? r.since : null);
      return { ...r, times: { ...times, startedAt, finishedAt: e.at, serviceMs: served }, phase: 'closed', served };
    }
    case 'no_show':
    case 'cancelled':
    case 'expired':
      return { ...r, phase: 'closed' };
    case 'recalled':
      return r;
  }
}

export function stateTimes(events: readonly TicketEventRow[]): StateTimes {
  const ordered = [...events].sort((a, b) => a.id - b.id);
  const start: Reading = {
    times: { arrivedAt: null, calledAt: null, startedAt: null, finishedAt: null, waitMs: null, serviceMs: null },
    phase: 'none', since: 0, waited: 0, served: 0,
  };
  return ordered.reduce(step, start).times;
}

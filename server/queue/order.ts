/**
 * Who is called next, stated once. The order of a waiting queue is the list of sort keys below; the
 * engine compares tickets by it, and the storage layer renders the very same list into the ORDER BY and
 * "ahead of" conditions of its SQL (server/db/queries/queue-order-sql.ts), so the two cannot drift. A
 * test compares the SQL's choice with `chooseNext` on thousands of random queues.
 */
import type { TicketStatus } from '../../protocol/views';
import type { Counter, Ticket } from './types';

/** One sort key of the waiting queue: a ticket field and how it ranks (smaller rank is called first). */
export type SortKey =
  | { field: 'priority'; rank: 'present-first' }
  | { field: 'queueKey' | 'id'; rank: 'ascending' };

/** Priority residents (绿色通道) first, then by queue key (arrival or late requeue), then by id. */
export const QUEUE_ORDER: readonly SortKey[] = [
  { field: 'priority', rank: 'present-first' },
  { field: 'queueKey', rank: 'ascending' },
  { field: 'id', rank: 'ascending' },
];

/** The only status in which a ticket stands in a queue. */
export const WAITING: TicketStatus = 'waiting';

function rankOf(ticket: Ticket, key: SortKey): number {
  switch (key.rank) {
    case 'present-first': return ticket[key.field] === null ? 1 : 0;
    case 'ascending': return ticket[key.field];
  }
}

/** A ticket's place as the tuple of its ranks on QUEUE_ORDER (compared lexicographically). */
export function queuePosition(ticket: Ticket): number[] {
  return QUEUE_ORDER.map((key) => rankOf(ticket, key));
}

/** Sort comparator of a waiting queue, by QUEUE_ORDER. Zero only for the same ticket. */
export function queueOrder(a: Ticket, b: Ticket): number {
  for (const key of QUEUE_ORDER) {
    const diff = rankOf(a, key) - rankOf(b, key);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Reserved for this counter: a ticket transferred to one counter (targetCounterId) waits for that
 * counter only; any other ticket is open to every counter of its service. `counterId` null asks about
 * tickets open to all.
 */
export function isOpenTo(ticket: Ticket, counterId: number | null): boolean {
  return ticket.targetCounterId === null || ticket.targetCounterId === counterId;
}

/** Whether this counter may call the ticket now. */
export function isCallableBy(ticket: Ticket, counter: Counter): boolean {
  return ticket.status === WAITING && counter.serviceIds.includes(ticket.serviceId) && isOpenTo(ticket, counter.id);
}

/**
 * Whether `other` stands ahead of the waiting ticket `ticket` in its line: same service, waiting, open
 * to the counter the ticket waits for, and earlier by QUEUE_ORDER.
 */
export function isAhead(other: Ticket, ticket: Ticket): boolean {
  return other.id !== ticket.id && other.status === WAITING && other.serviceId === ticket.serviceId
    && isOpenTo(other, ticket.targetCounterId) && queueOrder(other, ticket) < 0;
}

/**
 * Every ticket `counter` may call among `candidates`, in the order successive 叫下一位 would call them
 * (nobody new arriving): the one rule behind both `chooseNext` and the counter desk's queue list.
 * Priority (绿色通道) overrides the counter's policy: every priority ticket of its services first, oldest
 * by QUEUE_ORDER. Then 'oldest-first' takes the rest by QUEUE_ORDER across its services, and
 * 'service-order' empties its services one after another in the counter's configured order.
 */
export function callOrder(candidates: readonly Ticket[], counter: Counter): Ticket[] {
  const callable = candidates.filter((ticket) => isCallableBy(ticket, counter)).sort(queueOrder);
  if (counter.callPolicy === 'oldest-first') return callable;
  const priority = callable.filter((ticket) => ticket.priority !== null);
  const byService = counter.serviceIds.flatMap((serviceId) =>
    callable.filter((ticket) => ticket.priority === null && ticket.serviceId === serviceId));
  return [...priority, ...byService];
}

/** The ticket `counter` should call next among `candidates`, or null when nobody it serves is waiting. */
export function chooseNext(candidates: readonly Ticket[], counter: Counter): Ticket | null {
  return callOrder(candidates, counter)[0] ?? null;
}

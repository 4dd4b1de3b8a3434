/**
 * Who is called next, stated once. The order of a waiting queue is the list of sort keys below; the
 * engine compares tickets by it, and the storage layer renders the very same list into the ORDER BY and
 * "ahead of" conditions of its SQL (server/db/queries/queue-order-sql.ts), so the two cannot drift. A
 * test compares the SQL's choice with `chooseNext` on thousands of random queues.
 */
import type { TicketStatus } from '../../protocol/views';
import type { Counter, Ticket } from './types';

/**
 * One sort key of the waiting queue: a ticket field and how it ranks (smaller rank is called first).
 * 'window-open-first' ranks by the clock: a ticket whose slot window [slotFrom, slotTo) holds `now` first.
 */
export type SortKey =
  | { field: 'priority'; rank: 'present-first' }
  | { field: 'slot'; rank: 'window-open-first' }
  | { field: 'queueKey' | 'id'; rank: 'ascending' };

/**
 * Priority residents (绿色通道) first; then booked residents (预约, checked in at a kiosk) whose slot window
 * is open now, ahead of every walk-in; then by queue key (arrival or late requeue), then by id. A booked
 * ticket whose window has not opened yet or has closed waits by its queue key like any other.
 */
export const QUEUE_ORDER: readonly SortKey[] = [
  { field: 'priority', rank: 'present-first' },
  { field: 'slot', rank: 'window-open-first' },
  { field: 'queueKey', rank: 'ascending' },
  { field: 'id', rank: 'ascending' },
];

/** The only status in which a ticket stands in a queue. */
export const WAITING: TicketStatus = 'waiting';

/** Whether a booked ticket's slot window holds `now` (never for a ticket without a slot). */
export function slotWindowOpen(ticket: Ticket, now: number): boolean {
  return ticket.slotFrom !== null && ticket.slotTo !== null && ticket.slotFrom <= now && now < ticket.slotTo;
}

function rankOf(ticket: Ticket, key: SortKey, now: number): number {
  switch (key.rank) {
    case 'present-first': return ticket[key.field] === null ? 1 : 0;
    case 'window-open-first': return slotWindowOpen(ticket, now) ? 0 : 1;
    case 'ascending': return ticket[key.field];
  }
}

/** A ticket's place at `now` as the tuple of its ranks on QUEUE_ORDER (compared lexicographically). */
export function queuePosition(ticket: Ticket, now: number): number[] {
  return QUEUE_ORDER.map((key) => rankOf(ticket, key, now));
}

/** Sort comparator of a waiting queue at `now`, by QUEUE_ORDER. Zero only for the same ticket. */
export function queueOrder(now: number): (a: Ticket, b: Ticket) => number {
  return (a, b) => {
    for (const key of QUEUE_ORDER) {
      const diff = rankOf(a, key, now) - rankOf(b, key, now);
      if (diff !== 0) return diff;
    }
    return 0;
  };
}

/**
 * The keys before the queue key override a counter's call policy: a ticket ranked first by one of them
 * (priority; a booked slot window open now) is called before the policy orders the rest.
 */
function overridesPolicy(ticket: Ticket, now: number): boolean {
  return QUEUE_ORDER.slice(0, QUEUE_ORDER.findIndex((key) => key.field === 'queueKey'))
    .some((key) => rankOf(ticket, key, now) === 0);
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
export function isAhead(other: Ticket, ticket: Ticket, now: number): boolean {
  return other.id !== ticket.id && other.status === WAITING && other.serviceId === ticket.serviceId
    && isOpenTo(other, ticket.targetCounterId) && queueOrder(now)(other, ticket) < 0;
}

/**
 * Every ticket `counter` may call among `candidates`, in the order successive 叫下一位 would call them
 * at `now` (nobody new arriving): the one rule behind both `chooseNext` and the counter desk's queue list.
 * Priority (绿色通道), then booked tickets in their open slot window, override the counter's policy: all
 * of them across its services first, by QUEUE_ORDER. Then 'oldest-first' takes the rest by QUEUE_ORDER
 * across its services, and 'service-order' empties its services one after another in the counter's
 * configured order.
 */
export function callOrder(candidates: readonly Ticket[], counter: Counter, now: number): Ticket[] {
  const callable = candidates.filter((ticket) => isCallableBy(ticket, counter)).sort(queueOrder(now));
  if (counter.callPolicy === 'oldest-first') return callable;
  const first = callable.filter((ticket) => overridesPolicy(ticket, now));
  const byService = counter.serviceIds.flatMap((serviceId) =>
    callable.filter((ticket) => !overridesPolicy(ticket, now) && ticket.serviceId === serviceId));
  return [...first, ...byService];
}

/**
 * The next moment after `now` at which the order of `tickets` changes by the clock alone (a booked
 * ticket's slot window opens or closes), or null when none will: when a list shown beside a counter
 * must be read again although nothing happened in the hall.
 */
export function nextReorder(tickets: readonly Ticket[], now: number): number | null {
  const moments = tickets.flatMap((t) => [t.slotFrom, t.slotTo]).filter((at): at is number => at !== null && at > now);
  return moments.length ? Math.min(...moments) : null;
}

/** The ticket `counter` should call next at `now` among `candidates`, or null when nobody it serves is waiting. */
export function chooseNext(candidates: readonly Ticket[], counter: Counter, now: number): Ticket | null {
  return callOrder(candidates, counter, now)[0] ?? null;
}

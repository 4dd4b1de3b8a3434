/** Who is called next: priority residents first, then by arrival, shaped by the counter's call policy. */
import type { Counter, Ticket } from './types';

/** Sort comparator of a waiting queue: priority first, then earlier queue key, then lower id. */
export function queueOrder(a: Ticket, b: Ticket): number {
  const aPriority = a.priority !== null;
  const bPriority = b.priority !== null;
  if (aPriority !== bPriority) return aPriority ? -1 : 1;
  if (a.queueKey !== b.queueKey) return a.queueKey - b.queueKey;
  return a.id - b.id;
}

/** Whether this counter may call the ticket now (a transfer to one counter reserves it for that counter). */
export function isCallableBy(ticket: Ticket, counter: Counter): boolean {
  return ticket.status === 'waiting'
    && counter.serviceIds.includes(ticket.serviceId)
    && (ticket.targetCounterId === null || ticket.targetCounterId === counter.id);
}

function first(tickets: readonly Ticket[]): Ticket | null {
  let best: Ticket | null = null;
  for (const ticket of tickets) {
    if (best === null || queueOrder(ticket, best) < 0) best = ticket;
  }
  return best;
}

/** The ticket `counter` should call next among `candidates`, or null when nobody it serves is waiting. */
export function chooseNext(candidates: readonly Ticket[], counter: Counter): Ticket | null {
  const callable = candidates.filter((ticket) => isCallableBy(ticket, counter));
  // Priority (绿色通道) overrides the policy: the oldest priority ticket of any of the counter's services.
  const priority = first(callable.filter((ticket) => ticket.priority !== null));
  if (priority) return priority;
  if (counter.callPolicy === 'oldest-first') return first(callable);
  for (const serviceId of counter.serviceIds) {
    const next = first(callable.filter((ticket) => ticket.serviceId === serviceId));
    if (next) return next;
  }
  return null;
}

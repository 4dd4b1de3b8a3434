/**
 * The business-day boundary: numbering restarts by itself (sequences are keyed by day), tickets still
 * open from an earlier day expire, and counters still logged in from an earlier day close (nobody works
 * a window overnight; a window left open would show as staffed on the displays). No cron job needed;
 * the bus calls this on the first command of a new day (and after a restart) and a timer calls it at
 * local midnight. Follow-up cases past their deadline are escalated at the same boundary.
 */
import type { Db } from '../db/open';
import type { Outbox } from '../commands/outbox';
import { businessDay, closeCounter, expire } from '../queue';
import { appendCounterEvent, lastOpenedAt, listCounters, saveCounterState } from '../db/queries/hall';
import { appendTicketEvent, saveTicket, staleOpenTickets } from '../db/queries/tickets';
import { escalateOverdue, insertCaseEvent } from '../db/queries/cases';

export function expireStaleTickets(db: Db, today: string, now: number, outbox: Outbox): number {
  const stale = staleOpenTickets(db, today);
  for (const ticket of stale) {
    const tr = expire(ticket, today);
    if (!tr.ok) continue;
    saveTicket(db, tr.value.ticket);
    appendTicketEvent(db, ticket.id, 'expired', now, ticket.counterId, { userId: null, deviceId: null });
    outbox.ticket(tr.value.ticket);
    outbox.service(ticket.serviceId);
    if (ticket.counterId !== null) outbox.counter(ticket.counterId);
  }
  return stale.length;
}

/** Closes every counter opened on an earlier business day; a counter opened today stays as it is. */
export function closeCountersLeftOpen(db: Db, today: string, timezone: string, now: number, outbox: Outbox): number {
  let closed = 0;
  for (const counter of listCounters(db)) {
    if (counter.status === 'closed') continue;
    const opened = lastOpenedAt(db, counter.id);
    if (opened !== null && businessDay(opened, timezone) >= today) continue;
    // Tickets in hand from that day have just expired (endBusinessDay runs expiry first).
    const next = closeCounter(counter, false);
    if (!next.ok) continue;
    saveCounterState(db, next.value);
    appendCounterEvent(db, counter.id, 'closed', now, null);
    outbox.counter(counter.id);
    for (const serviceId of counter.serviceIds) outbox.service(serviceId);
    closed += 1;
  }
  return closed;
}

/**
 * 差评 and complaint cases still open after their last working day are escalated to the admin once:
 * the case list marks them, and the case log says when.
 */
export function escalateOverdueCases(db: Db, today: string, now: number, outbox: Outbox): number {
  const ids = escalateOverdue(db, today, now);
  for (const caseId of ids) {
    insertCaseEvent(db, { caseId, at: now, userId: null, type: 'escalated' });
    outbox.caseChanged(caseId);
  }
  return ids.length;
}

/** Everything the start of a new business day does, in one transaction (see the header). */
export function endBusinessDay(db: Db, today: string, timezone: string, now: number, outbox: Outbox): void {
  expireStaleTickets(db, today, now, outbox);
  closeCountersLeftOpen(db, today, timezone, now, outbox);
  escalateOverdueCases(db, today, now, outbox);
}

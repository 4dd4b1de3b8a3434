/**
 * The business-day boundary: numbering restarts by itself (sequences are keyed by day), and tickets
 * still open from an earlier day expire. No cron job needed; the bus calls this on the first command of
 * a new day and a timer calls it at local midnight.
 */
import type { Db } from '../db/open';
import type { Outbox } from '../commands/outbox';
import { expire } from '../queue';
import { appendTicketEvent, saveTicket, staleOpenTickets } from '../db/queries/tickets';

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

/** The ticket a stored print job was a slip of (null for a 告知单), read back from the hall database. */
import type { Db } from '../db/open';
import { printJobKind, ticketIdOfJob } from '../db/queries/printing';
import { ticketById } from '../db/queries/tickets';

export function slipOrigin(db: Db, jobId: string): { ticketId: number | null; number: string | null } {
  if (printJobKind(db, jobId) !== 'ticket') return { ticketId: null, number: null };
  const ticketId = ticketIdOfJob(db, jobId);
  const ticket = ticketId !== null ? ticketById(db, ticketId) : null;
  return ticket ? { ticketId: ticket.id, number: ticket.number } : { ticketId: null, number: null };
}

/**
 * When the phone should ring and vibrate: each time the ticket is called, and again on every recall
 * (a recall changes only the ticket's version, so a new version while 'called' counts as a new call).
 * Re-reading the same ticket (after a queue move or a reconnect) does not ring again.
 */
import type { TicketTrack } from '../../protocol/views';

export type AlertMark = { calledAt: number | null; version: number } | null;

/** The mark of the call the ticket is in, or null when it is not being called. */
export function callMark(ticket: TicketTrack | null): AlertMark {
  if (!ticket || ticket.status !== 'called') return null;
  return { calledAt: ticket.calledAt, version: ticket.version };
}

export function isNewCall(previous: AlertMark, next: AlertMark): boolean {
  if (next === null) return false;
  if (previous === null) return true;
  return next.calledAt !== previous.calledAt || next.version > previous.version;
}

/**
 * A ticket in hand at a counter, stated once: the counter has called it, is serving it, or has set it
 * aside (held, 挂起). Of those, the called or serving one is the counter's current ticket; there is at
 * most one, and a counter with a current ticket is busy. The storage layer renders these status lists
 * into its SQL (server/db/queries/queue-order-sql.ts).
 */
import type { TicketStatus } from '../../protocol/views';
import type { Ticket } from './types';

export const IN_HAND_STATUSES = ['called', 'serving', 'held'] as const satisfies readonly TicketStatus[];
export const CURRENT_STATUSES = ['called', 'serving'] as const satisfies readonly TicketStatus[];
/** Still open: waiting in a queue or in hand. What the business day's end expires. */
export const OPEN_STATUSES = ['waiting', ...IN_HAND_STATUSES] as const satisfies readonly TicketStatus[];

export type CurrentStatus = (typeof CURRENT_STATUSES)[number];

function isOneOf<S extends TicketStatus>(statuses: readonly S[], status: TicketStatus): status is S {
  return (statuses as readonly TicketStatus[]).includes(status);
}

export function isInHand(ticket: Ticket): boolean {
  return isOneOf(IN_HAND_STATUSES, ticket.status);
}

export function isCurrent(ticket: Ticket): ticket is Ticket & { status: CurrentStatus } {
  return isOneOf(CURRENT_STATUSES, ticket.status);
}

export function isOpen(ticket: Ticket): boolean {
  return isOneOf(OPEN_STATUSES, ticket.status);
}

/** The current ticket among a counter's tickets in hand, or null when the counter is free. */
export function currentOf(inHand: readonly Ticket[]): (Ticket & { status: CurrentStatus }) | null {
  return inHand.find(isCurrent) ?? null;
}

/** The tickets set aside at the counter. */
export function heldOf(inHand: readonly Ticket[]): Ticket[] {
  return inHand.filter((ticket) => ticket.status === 'held');
}

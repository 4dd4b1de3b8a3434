/**
 * Writes an engine transition: the ticket row, its event-log entry, and what changed for the outbox.
 */
import type { CommandContext } from './context';
import type { Transition } from '../queue/types';
import { appendTicketEvent, saveTicket } from '../db/queries/tickets';

export function recordTransition(ctx: CommandContext, tr: Transition, counterId: number | null,
  data?: Record<string, unknown>): void {
  saveTicket(ctx.db, tr.ticket);
  appendTicketEvent(ctx.db, tr.ticket.id, tr.event, ctx.now, counterId, actorIds(ctx), data);
  ctx.outbox.ticket(tr.ticket);
  ctx.outbox.service(tr.ticket.serviceId);
  if (counterId !== null) ctx.outbox.counter(counterId);
}

export function actorIds(ctx: CommandContext): { userId: number | null; deviceId: number | null } {
  return {
    userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    deviceId: ctx.actor.kind === 'device' ? ctx.actor.deviceId : null,
  };
}

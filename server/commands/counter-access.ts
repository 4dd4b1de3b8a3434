/**
 * Loading a counter for a command: only the staff member logged in at a counter may work it.
 */
import type { CommandContext } from './context';
import type { CounterRecord } from '../db/queries/hall';
import type { Ticket } from '../queue/types';
import { counterById } from '../db/queries/hall';
import { ticketsInHand } from '../db/queries/tickets';
import { fail } from './errors';
import { currentOf } from '../queue';

export function loadCounter(ctx: CommandContext, counterId: number): CounterRecord {
  return counterById(ctx.db, counterId) ?? fail('COUNTER_NOT_FOUND');
}

export function userIdOf(ctx: CommandContext): number {
  if (ctx.actor.kind !== 'user') fail('FORBIDDEN');
  return ctx.actor.userId;
}

/** The counter, checked to be open (or paused) and worked by the sender. */
export function myCounter(ctx: CommandContext, counterId: number): CounterRecord {
  const counter = loadCounter(ctx, counterId);
  const userId = userIdOf(ctx);
  if (counter.status === 'closed') fail('COUNTER_NOT_OPEN');
  if (counter.staffId !== userId) fail('COUNTER_TAKEN');
  return counter;
}

/** The ticket called or being served at the counter, if any. */
export function currentTicket(ctx: CommandContext, counterId: number): Ticket | null {
  return currentOf(ticketsInHand(ctx.db, counterId));
}

export function requireCurrentTicket(ctx: CommandContext, counterId: number): Ticket {
  return currentTicket(ctx, counterId) ?? fail('COUNTER_IDLE');
}

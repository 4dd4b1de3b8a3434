/**
 * The counter desk answer: what a counter's staff member sees after every command.
 */
import type { CommandContext } from './context';
import type { CounterDesk } from '../../protocol/views';
import { counterById } from '../db/queries/hall';
import { noShowsAt, ticketsInHand, waitingFor } from '../db/queries/tickets';
import { currentOf, heldOf } from '../queue';
import { counterView } from '../views/counter-view';
import { ticketDetail } from '../views/ticket-view';
import { fail } from './errors';

const QUEUE_LIST_LIMIT = 50;

export function buildDesk(ctx: CommandContext, counterId: number): CounterDesk {
  const counter = counterById(ctx.db, counterId) ?? fail('COUNTER_NOT_FOUND');
  const inHand = ticketsInHand(ctx.db, counterId);
  const current = currentOf(inHand);
  return {
    counter: counterView(ctx.db, counter),
    current: current ? ticketDetail(ctx.db, current) : null,
    held: heldOf(inHand).map((t) => ticketDetail(ctx.db, t)),
    queue: waitingFor(ctx.db, counter.serviceIds, counterId, QUEUE_LIST_LIMIT)
      .map((t) => ({ id: t.id, number: t.number, serviceId: t.serviceId, priority: t.priority, arrivedAt: t.arrivedAt })),
    noShows: noShowsAt(ctx.db, counterId, ctx.today)
      .map((t) => ({ id: t.id, number: t.number, at: t.finishedAt ?? t.calledAt ?? t.arrivedAt, requeued: t.requeued })),
  };
}

/**
 * What a counter's staff member sees. Every counter command answers the counter's state (the counter and
 * its tickets in hand); the lists beside it (the queue it may call, today's no-shows) are read on demand
 * with `counter.lists`, when the hall stream says its services or counter moved, and `counter.desk`
 * answers both at once for a desk that opens or reconnects.
 */
import type { CommandContext } from './context';
import type { CounterDesk, CounterLists, CounterState } from '../../protocol/views';
import type { CounterRecord } from '../db/queries/hall';
import { counterById } from '../db/queries/hall';
import { noShowsAt, ticketsInHand, waitingFor } from '../db/queries/tickets';
import { callOrder, currentOf, heldOf, nextReorder } from '../queue';
import { counterView } from '../views/counter-view';
import { ticketDetail } from '../views/ticket-view';
import { fail } from './errors';

const QUEUE_LIST_LIMIT = 50;

function loadCounterRecord(ctx: CommandContext, counterId: number): CounterRecord {
  return counterById(ctx.db, counterId) ?? fail('COUNTER_NOT_FOUND');
}

/**
 * A counter's state for the desk, from its record as loaded. A call command passes the record it loaded
 * for its checks (a call changes tickets, never the counter's row), so the busiest command need not read
 * its counter again for its answer.
 */
export function counterStateOf(ctx: CommandContext, counter: CounterRecord): CounterState {
  const inHand = ticketsInHand(ctx.db, counter.id);
  const current = currentOf(inHand);
  const view = counterView(ctx.db, counter, ctx.today, inHand);
  // Every counter command answers its state last, after its changes: the broadcast may send this view.
  if (ctx.outbox.counters.has(counter.id)) ctx.outbox.counterShown(view);
  return {
    counter: view,
    current: current ? ticketDetail(ctx.db, current, ctx.now, counter) : null,
    held: heldOf(inHand).map((t) => ticketDetail(ctx.db, t, ctx.now, counter)),
  };
}

function listsOf(ctx: CommandContext, counter: CounterRecord): CounterLists {
  const waiting = waitingFor(ctx.db, counter.serviceIds, counter.id, QUEUE_LIST_LIMIT, ctx.now);
  return {
    queue: callOrder(waiting, counter, ctx.now)
      .slice(0, QUEUE_LIST_LIMIT)
      .map((t) => ({ id: t.id, number: t.number, serviceId: t.serviceId, priority: t.priority, arrivedAt: t.arrivedAt })),
    noShows: noShowsAt(ctx.db, counter.id, ctx.today)
      .map((t) => ({ id: t.id, number: t.number, at: t.finishedAt ?? t.calledAt ?? t.arrivedAt, requeued: t.requeued })),
    serverTime: ctx.now,
    reorderAt: nextReorder(waiting, ctx.now),
  };
}

export function buildCounterState(ctx: CommandContext, counterId: number): CounterState {
  return counterStateOf(ctx, loadCounterRecord(ctx, counterId));
}

export function buildCounterLists(ctx: CommandContext, counterId: number): CounterLists {
  return listsOf(ctx, loadCounterRecord(ctx, counterId));
}

export function buildDesk(ctx: CommandContext, counterId: number): CounterDesk {
  const counter = loadCounterRecord(ctx, counterId);
  return { ...counterStateOf(ctx, counter), ...listsOf(ctx, counter) };
}

/**
 * counter.callNext / finishAndCallNext / callTicket / recall — the calls residents hear: "请A001号到3号窗口办理".
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import type { CommandContext } from './context';
import type { CounterRecord } from '../db/queries/hall';
import type { Ticket } from '../queue/types';
import { call, chooseNext, finish, recall } from '../queue';
import { queueHeads, ticketById } from '../db/queries/tickets';
import { fail, must } from './errors';
import { myCounter, requireCurrentTicket, currentTicket } from './counter-access';
import { recordTransition } from './persist';
import { counterStateOf } from './desk';

function announce(ctx: CommandContext, t: Ticket, counter: CounterRecord, isRecall: boolean): void {
  ctx.outbox.call({
    ticketId: t.id, number: t.number, counterId: counter.id, serviceId: t.serviceId, recall: isRecall, at: ctx.now,
  });
}

/**
 * Calls `ticket` to a counter its caller has found free (no resident called or being served there): each
 * command checks that in its own way, so the busiest one, 办结并叫号, need not read the counter's tickets again.
 */
function callTo(ctx: CommandContext, counter: CounterRecord, ticket: Ticket): void {
  if (ticket.businessDay !== ctx.today) fail('TICKET_NOT_TODAY');
  const tr = must(call(ticket, counter, counter.staffId, ctx.now));
  recordTransition(ctx, tr, counter.id);
  ctx.outbox.queueMoved(ticket.serviceId);
  announce(ctx, tr.ticket, counter, false);
}

/** The resident 叫下一位 calls at this counter now (the engine's order), or null when nobody waits for it. */
function nextFor(ctx: CommandContext, counter: CounterRecord): Ticket | null {
  return chooseNext(queueHeads(ctx.db, counter.serviceIds, counter.id, ctx.now), counter, ctx.now);
}

export const counterCallNext: CommandDef<'counter.callNext'> = {
  name: 'counter.callNext',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    const counter = myCounter(ctx, counterId);
    if (counter.status === 'paused') fail('COUNTER_PAUSED');
    if (currentTicket(ctx, counterId)) fail('COUNTER_BUSY');
    callTo(ctx, counter, nextFor(ctx, counter) ?? fail('QUEUE_EMPTY'));
    return counterStateOf(ctx, counter);
  },
};

/**
 * 办结并叫号: the one key a counter presses most — the resident in hand is finished and the next one
 * called, in one transaction and one round trip for the desk. When nobody waits the resident is still
 * finished and the counter stands free: the desk shows its empty queue, as after 办结.
 */
export const counterFinishAndCallNext: CommandDef<'counter.finishAndCallNext'> = {
  name: 'counter.finishAndCallNext',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    const counter = myCounter(ctx, counterId);
    recordTransition(ctx, must(finish(requireCurrentTicket(ctx, counterId), counterId, ctx.now)), counterId);
    // Its one current resident is finished, so the counter is free; a counter holding a resident is never
    // paused (queue/counters.ts), so it may always call on.
    const next = nextFor(ctx, counter);
    if (next) callTo(ctx, counter, next);
    return counterStateOf(ctx, counter);
  },
};

export const counterCallTicket: CommandDef<'counter.callTicket'> = {
  name: 'counter.callTicket',
  permits: STAFF_ROLES,
  run(ctx, { counterId, ticketId }) {
    const counter = myCounter(ctx, counterId);
    if (currentTicket(ctx, counterId)) fail('COUNTER_BUSY');
    const ticket = ticketById(ctx.db, ticketId) ?? fail('TICKET_NOT_FOUND');
    callTo(ctx, counter, ticket);
    return counterStateOf(ctx, counter);
  },
};

export const counterRecall: CommandDef<'counter.recall'> = {
  name: 'counter.recall',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    const counter = myCounter(ctx, counterId);
    const tr = must(recall(requireCurrentTicket(ctx, counterId), counterId, ctx.now));
    recordTransition(ctx, tr, counterId);
    announce(ctx, tr.ticket, counter, true);
    return counterStateOf(ctx, counter);
  },
};

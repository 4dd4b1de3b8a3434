/**
 * counter.callNext / callTicket / recall — the calls residents hear: "请A001号到3号窗口办理".
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import type { CommandContext } from './context';
import type { CounterRecord } from '../db/queries/hall';
import type { Ticket } from '../queue/types';
import { call, chooseNext, recall } from '../queue';
import { queueHeads, ticketById } from '../db/queries/tickets';
import { fail, must } from './errors';
import { myCounter, requireCurrentTicket, currentTicket } from './counter-access';
import { recordTransition } from './persist';
import { buildCounterState } from './desk';

function announce(ctx: CommandContext, t: Ticket, counter: CounterRecord, isRecall: boolean): void {
  ctx.outbox.call({
    ticketId: t.id, number: t.number, counterId: counter.id, counterName: counter.name,
    serviceId: t.serviceId, recall: isRecall, at: ctx.now,
  });
}

function callTo(ctx: CommandContext, counter: CounterRecord, ticket: Ticket): void {
  if (currentTicket(ctx, counter.id)) fail('COUNTER_BUSY');
  if (ticket.businessDay !== ctx.today) fail('TICKET_NOT_TODAY');
  const tr = must(call(ticket, counter, counter.staffId, ctx.now));
  recordTransition(ctx, tr, counter.id);
  ctx.outbox.queueMoved(ticket.serviceId);
  announce(ctx, tr.ticket, counter, false);
}

export const counterCallNext: CommandDef<'counter.callNext'> = {
  name: 'counter.callNext',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    const counter = myCounter(ctx, counterId);
    if (counter.status === 'paused') fail('COUNTER_PAUSED');
    if (currentTicket(ctx, counterId)) fail('COUNTER_BUSY');
    const next = chooseNext(queueHeads(ctx.db, counter.serviceIds, counter.id, ctx.now), counter, ctx.now) ?? fail('QUEUE_EMPTY');
    callTo(ctx, counter, next);
    return buildCounterState(ctx, counterId);
  },
};

export const counterCallTicket: CommandDef<'counter.callTicket'> = {
  name: 'counter.callTicket',
  permits: STAFF_ROLES,
  run(ctx, { counterId, ticketId }) {
    const counter = myCounter(ctx, counterId);
    const ticket = ticketById(ctx.db, ticketId) ?? fail('TICKET_NOT_FOUND');
    callTo(ctx, counter, ticket);
    return buildCounterState(ctx, counterId);
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
    return buildCounterState(ctx, counterId);
  },
};

/**
 * The ticket verbs. Each one checks the ticket's current status (and the counter it is at) before it
 * changes anything, returns a new ticket with version + 1 and the event to log, and never mutates its
 * input. A ticket held by another counter is TICKET_STATE_INVALID for every verb that names a counter.
 */
import type { ErrorCode } from '../../protocol/errors';
import type { TicketStatus } from '../../protocol/views';
import type { Counter, EngineResult, QueueSettings, Ticket, TicketEventType, Transition } from './types';
import { isOpen } from './in-hand';

export interface TransferTarget {
  serviceId: string;
  centreId: string;
  /** Reserve the ticket for one counter of the target service, or null for any counter serving it. */
  targetCounterId: number | null;
}

type Verdict = EngineResult<Transition>;

function fail(code: ErrorCode): { ok: false; code: ErrorCode } {
  return { ok: false, code };
}

function changed(ticket: Ticket, changes: Partial<Ticket>, event: TicketEventType): Verdict {
  return { ok: true, value: { ticket: { ...ticket, ...changes, version: ticket.version + 1 }, event } };
}

/** The ticket is in one of `statuses` at this very counter. */
function isAt(ticket: Ticket, counterId: number, statuses: readonly TicketStatus[]): boolean {
  return statuses.includes(ticket.status) && ticket.counterId === counterId;
}

/** A counter acts on tickets only while open: a paused counter is a break, a closed one has nobody. */
function counterRefusal(counter: Counter): ErrorCode | null {
  if (counter.status === 'paused') return 'COUNTER_PAUSED';
  if (counter.status === 'closed') return 'COUNTER_NOT_OPEN';
  return null;
}

/** 叫号: a waiting ticket goes to the counter, by call-next or by calling a specific ticket. */
export function call(ticket: Ticket, counter: Counter, staffId: number | null, now: number): Verdict {
  const refusal = counterRefusal(counter);
  if (refusal) return fail(refusal);
  if (ticket.status !== 'waiting') return fail('TICKET_STATE_INVALID');
  if (!counter.serviceIds.includes(ticket.serviceId)) return fail('COUNTER_NOT_SERVING_SERVICE');
  if (ticket.targetCounterId !== null && ticket.targetCounterId !== counter.id) {
    return fail('COUNTER_NOT_SERVING_SERVICE');
  }
  return changed(ticket, {
    status: 'called',
    counterId: counter.id,
    staffId,
    calledAt: now,
    startedAt: null,
    recallCount: 0,
    targetCounterId: null,
  }, 'called');
}

/** 重呼: announce the same ticket again. The call time stays that of the first call. */
export function recall(ticket: Ticket, counterId: number, _now: number): Verdict {
  if (!isAt(ticket, counterId, ['called'])) return fail('TICKET_STATE_INVALID');
  return changed(ticket, { recallCount: ticket.recallCount + 1 }, 'recalled');
}

/** 过号: the resident did not come. */
export function noShow(ticket: Ticket, counterId: number, now: number): Verdict {
  if (!isAt(ticket, counterId, ['called'])) return fail('TICKET_STATE_INVALID');
  return changed(ticket, { status: 'no_show', finishedAt: now }, 'no_show');
}

/** The resident arrived at the counter: service time starts. */
export function start(ticket: Ticket, counterId: number, now: number): Verdict {
  if (!isAt(ticket, counterId, ['called'])) return fail('TICKET_STATE_INVALID');
  return changed(ticket, { status: 'serving', startedAt: now }, 'started');
}

/** 办结. Finishing straight from 'called' counts service time from the call, since start was skipped. */
export function finish(ticket: Ticket, counterId: number, now: number): Verdict {
  if (!isAt(ticket, counterId, ['called', 'serving'])) return fail('TICKET_STATE_INVALID');
  return changed(ticket, {
    status: 'finished',
    finishedAt: now,
    startedAt: ticket.startedAt ?? ticket.calledAt,
  }, 'finished');
}

/**
 * 转移: back to waiting, in another service (or for one counter of the same service). The queue key and
 * arrival stay, so the resident keeps their place by original arrival instead of going to the back.
 */
export function transfer(ticket: Ticket, counterId: number, target: TransferTarget, _now: number): Verdict {
  if (!isAt(ticket, counterId, ['called', 'serving'])) return fail('TICKET_STATE_INVALID');
  if (target.serviceId === ticket.serviceId && target.targetCounterId === null) {
    return fail('TRANSFER_TARGET_INVALID');
  }
  return changed(ticket, {
    status: 'waiting',
    serviceId: target.serviceId,
    centreId: target.centreId,
    targetCounterId: target.targetCounterId,
    counterId: null,
    staffId: null,
    calledAt: null,
    startedAt: null,
    recallCount: 0,
    transferCount: ticket.transferCount + 1,
  }, 'transferred');
}

/** 挂起: set aside at this counter (e.g. the resident fetches a document); the counter keeps it. */
export function hold(ticket: Ticket, counterId: number, _now: number): Verdict {
  if (!isAt(ticket, counterId, ['called', 'serving'])) return fail('TICKET_STATE_INVALID');
  return changed(ticket, { status: 'held' }, 'held');
}

/** Take a held ticket back into service at the counter that held it. */
export function resume(ticket: Ticket, counter: Counter, now: number): Verdict {
  const refusal = counterRefusal(counter);
  if (refusal) return fail(refusal);
  if (!isAt(ticket, counter.id, ['held'])) return fail('TICKET_STATE_INVALID');
  return changed(ticket, { status: 'serving', startedAt: ticket.startedAt ?? now }, 'resumed');
}

/** The resident leaves (or staff withdraw the ticket) before being served. */
export function cancel(ticket: Ticket, now: number): Verdict {
  if (ticket.status !== 'waiting' && ticket.status !== 'held') return fail('TICKET_STATE_INVALID');
  return changed(ticket, { status: 'cancelled', finishedAt: now }, 'cancelled');
}

/** A late no-show resident gets one more turn, at the back of the queue, if the hall allows it. */
export function requeue(ticket: Ticket, settings: QueueSettings, now: number): Verdict {
  if (ticket.status !== 'no_show') return fail('TICKET_STATE_INVALID');
  if (settings.lateReturn !== 'requeue-once' || ticket.requeued) return fail('REQUEUE_NOT_ALLOWED');
  return changed(ticket, {
    status: 'waiting',
    queueKey: now,
    requeued: true,
    counterId: null,
    staffId: null,
    calledAt: null,
    finishedAt: null,
  }, 'requeued');
}

/** Close a ticket left open when its business day is over (`today` is the current business day). */
export function expire(ticket: Ticket, today: string): Verdict {
  if (!(ticket.businessDay < today) || !isOpen(ticket)) return fail('TICKET_STATE_INVALID');
  return changed(ticket, { status: 'expired' }, 'expired');
}

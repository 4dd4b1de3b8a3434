import type { Db } from '../db/open';
import type { TicketBase, TicketDetail, TicketTrack } from '../../protocol/views';
import type { Ticket } from '../queue/types';
import { counterById, countersOfService, serviceById, type CounterRecord } from '../db/queries/hall';
import { peopleAhead } from '../db/queries/tickets';
import { isRated } from '../db/queries/ratings';
import { caseOfTicket } from '../db/queries/cases';
import { matterNumberOfTicket } from '../db/queries/matters';
import { estimateFor } from './service-load';
import { isInHand } from '../queue';

/**
 * The resident's own view; once their 差评 opened a case, how its follow-up stands; once the counter
 * recorded a matter, its 受理编号 (the token holder is the resident; the lookup still asks for the phone tail).
 * `now`: where the ticket stands in its queue depends on the clock (a booked slot window, server/queue/order.ts).
 */
export function ticketTrack(db: Db, t: Ticket, now: number): TicketTrack {
  const followUp = t.status === 'finished' ? caseOfTicket(db, t.id) : null;
  const matterNumber = t.status === 'finished' ? matterNumberOfTicket(db, t.id) : null;
  return {
    ...ticketBase(db, t, now), token: t.token, ...(matterNumber !== null ? { matterNumber } : {}),
    ...(followUp ? { followUp: { status: followUp.status, deadline: followUp.deadline,
      result: followUp.status === 'closed' ? followUp.result : null } } : {}),
  };
}

/** `atCounter`: the counter the ticket is at, when the caller has its record already (a counter's desk has). */
function ticketBase(db: Db, t: Ticket, now: number, atCounter?: CounterRecord): TicketBase {
  const ahead = t.status === 'waiting' ? peopleAhead(db, t, now) : 0;
  // Only a waiting ticket has an estimate: a counter's desk shows its tickets in hand after every call.
  const service = t.status === 'waiting' ? serviceById(db, t.serviceId) : null;
  const counter = t.counterId === null ? null : atCounter?.id === t.counterId ? atCounter : counterById(db, t.counterId);
  const shownCounter = isInHand(t) || t.status === 'finished';
  return {
    id: t.id,
    number: t.number,
    serviceId: t.serviceId,
    centreId: t.centreId,
    status: t.status,
    priority: t.priority,
    peopleAhead: ahead,
    estimateMinutes: t.status === 'waiting' && service ? estimateFor(db, service, ahead) : 0,
    counterId: shownCounter ? t.counterId : null,
    counterName: shownCounter && counter ? counter.name : null,
    arrivedAt: t.arrivedAt,
    calledAt: t.calledAt,
    finishedAt: t.finishedAt,
    servingCounters: t.targetCounterId !== null ? [t.targetCounterId] : countersOfService(db, t.serviceId),
    // Only a finished ticket can be rated, and the engine never moves a ticket out of finished: the
    // tickets a desk or a call shows (waiting, in hand) need no read.
    rated: t.status === 'finished' && isRated(db, t.id),
    version: t.version,
  };
}

export function ticketDetail(db: Db, t: Ticket, now: number, atCounter?: CounterRecord): TicketDetail {
  return {
    ...ticketBase(db, t, now, atCounter),
    businessDay: t.businessDay,
    staffId: t.staffId,
    recallCount: t.recallCount,
    requeued: t.requeued,
    targetCounterId: t.targetCounterId,
    startedAt: t.startedAt,
  };
}

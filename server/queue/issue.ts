/** Deciding whether a ticket may be issued now, and what it looks like. Storage assigns id and token. */
import { businessDay } from './calendar';
import { availability, limitReached } from './open-state';
import { MAX_SEQ, formatNumber } from './numbering';
import type { EngineResult, IssueInput, NewTicket } from './types';

export function issue(input: IssueInput): EngineResult<NewTicket> {
  const { service, settings, now, priority } = input;
  const closed = availability(input);
  if (closed) return { ok: false, code: closed };
  if (priority !== null && (!service.priorityOffered || !settings.priorityReasons.includes(priority))) {
    return { ok: false, code: 'PRIORITY_REASON_INVALID' };
  }
  const full = limitReached(service, input, now, settings.timezone);
  if (full) return { ok: false, code: full };
  return numbered(input, { priority, queueKey: now, slotFrom: null, slotTo: null });
}

function numbered(input: Pick<IssueInput, 'service' | 'settings' | 'now' | 'lastSeq'>,
  place: Pick<NewTicket, 'priority' | 'queueKey' | 'slotFrom' | 'slotTo'>): EngineResult<NewTicket> {
  const { service, settings, now, lastSeq } = input;
  if (lastSeq >= MAX_SEQ) return { ok: false, code: 'SEQUENCE_EXHAUSTED' };
  const seq = lastSeq + 1;
  return {
    ok: true,
    value: {
      businessDay: businessDay(now, settings.timezone),
      serviceId: service.id,
      centreId: service.centreId,
      prefix: service.prefix,
      seq,
      number: formatNumber(service.prefix, seq),
      arrivedAt: now,
      ...place,
    },
  };
}

/**
 * A ticket for a booking checked in on time (预约签到). Its place was kept when it was booked, so the
 * service's hours and daily limits do not apply (a resident may check in before the doors open); a
 * disabled service still issues nothing. It carries the slot window in which it is called ahead of
 * walk-ins (./order.ts), and queues by the earlier of its arrival and its slot's start.
 */
export function issueBooked(input: Pick<IssueInput, 'service' | 'settings' | 'now' | 'lastSeq'>,
  window: { from: number; to: number }): EngineResult<NewTicket> {
  if (!input.service.enabled) return { ok: false, code: 'SERVICE_DISABLED' };
  return numbered(input, { priority: null, queueKey: Math.min(input.now, window.from), slotFrom: window.from, slotTo: window.to });
}

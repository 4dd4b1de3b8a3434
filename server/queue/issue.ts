/** Deciding whether a ticket may be issued now, and what it looks like. Storage assigns id and token. */
import { businessDay } from './calendar';
import { availability, limitReached } from './open-state';
import { MAX_SEQ, formatNumber } from './numbering';
import type { EngineResult, IssueInput, NewTicket } from './types';

export function issue(input: IssueInput): EngineResult<NewTicket> {
  const { service, settings, now, priority, lastSeq } = input;
  const closed = availability(input);
  if (closed) return { ok: false, code: closed };
  if (priority !== null && (!service.priorityOffered || !settings.priorityReasons.includes(priority))) {
    return { ok: false, code: 'PRIORITY_REASON_INVALID' };
  }
  const full = limitReached(service, input, now, settings.timezone);
  if (full) return { ok: false, code: full };
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
      priority,
      arrivedAt: now,
      queueKey: now,
    },
  };
}

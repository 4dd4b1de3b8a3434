/** Deciding whether a ticket may be issued now, and what it looks like. Storage assigns id and token. */
import { businessDay } from './calendar';
import { isOpenAt } from './hours';
import { MAX_SEQ, formatNumber } from './numbering';
import type { EngineResult, IssueInput, NewTicket } from './types';

export function issue(input: IssueInput): EngineResult<NewTicket> {
  const { service, settings, now, priority, issuedToday, lastSeq } = input;
  if (!service.enabled) return { ok: false, code: 'SERVICE_DISABLED' };
  if (!isOpenAt(service.hours, now, settings.timezone)) return { ok: false, code: 'SERVICE_CLOSED' };
  if (priority !== null && !settings.priorityReasons.includes(priority)) {
    return { ok: false, code: 'PRIORITY_REASON_INVALID' };
  }
  if (service.dailyLimit !== null && issuedToday >= service.dailyLimit) {
    return { ok: false, code: 'DAILY_LIMIT_REACHED' };
  }
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

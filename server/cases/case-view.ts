/**
 * A case as one person sees it: overdue is judged against today, and the resident's number is shown in
 * full only to the assignee (who calls back), masked to everyone else.
 */
import type { CaseSummary, CaseView, CaseEventView, CaseOrigin } from '../../protocol/cases';
import type { CaseRecord } from '../db/queries/cases';
import { maskPhone } from '../../protocol/case-flow';

export function withOverdue(summary: Omit<CaseSummary, 'overdue'>, today: string): CaseSummary {
  return { ...summary, overdue: summary.status !== 'closed' && summary.deadline !== null && summary.deadline < today };
}

function channelOf(channel: string): CaseOrigin['channel'] {
  switch (channel) {
    case 'phone': case 'kiosk': case 'rating-pad': case 'staff':
      return channel;
    default:
      // Only the rating and complaint commands write a channel, and they write one of the above.
      throw new Error(`unknown channel "${channel}"`);
  }
}

export function caseView(record: CaseRecord, events: CaseEventView[], viewerId: number | null, today: string): CaseView {
  const phone = record.contactPhone;
  const isAssignee = viewerId !== null && record.summary.assigneeId === viewerId;
  return {
    ...withOverdue(record.summary, today),
    origin: { channel: channelOf(record.channel), level: record.summary.level, reasons: record.reasons, text: record.text },
    contactPhone: phone === null ? null : isAssignee ? phone : maskPhone(phone),
    rectification: record.rectification,
    result: record.result,
    residentSatisfaction: record.residentSatisfaction,
    closedAt: record.closedAt,
    events,
  };
}

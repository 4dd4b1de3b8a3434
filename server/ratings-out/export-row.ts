/**
 * One rating as 好差评 data out sends it (protocol/ratings-export.ts): the stored row, named and dated in
 * the hall's time zone. The export and the push both build their rows here.
 */
import type { RatingExportRow } from '../../protocol/ratings-export';
import { EVALUATION_CHANNELS } from '../../protocol/ratings-export';
import type { RatingLevel, RatingReason, RatingView } from '../../protocol/rating';
import { localDate, localParts } from '../../protocol/local-time';
import type { RatingOutRow } from '../db/queries/rating-export';

/** "YYYY-MM-DD HH:MM:SS" in the hall's zone: the standard's 评价时间 to the second. */
export function localTimestamp(at: number, timezone: string): string {
  const p = localParts(at, timezone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${localDate(at, timezone)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}

export function exportRow(row: RatingOutRow, timezone: string): RatingExportRow {
  const source = row.source as RatingView['source'];
  return {
    ratingId: row.id, ticketNumber: row.ticket_number, businessDay: row.business_day,
    ratedAt: row.at, ratedAtLocal: localTimestamp(row.at, timezone),
    channel: EVALUATION_CHANNELS[source], source, deviceId: row.device_id,
    level: row.level as RatingLevel,
    centreId: row.centre_id, centreName: row.centre_name ?? row.centre_id,
    serviceId: row.service_id, serviceName: row.service_name ?? row.service_id, nationalServiceCode: row.item_code,
    counterId: row.counter_id, counterName: row.counter_name, staffId: row.staff_id, staffName: row.staff_name,
    staffNumber: row.staff_number,
    reasons: JSON.parse(row.reasons) as RatingReason[], comment: row.comment,
    followUp: row.case_id === null || row.case_status === null ? null : {
      caseId: row.case_id, status: row.case_status, deadline: row.deadline, rectification: row.rectification ?? '',
      result: row.result ?? '', closedAt: row.closed_at, callBacks: row.call_backs, callBacksReached: row.call_backs_reached,
      lastCallBackAt: row.last_call_back_at, residentSatisfaction: row.resident_satisfaction,
    },
  };
}

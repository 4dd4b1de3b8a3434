/**
 * SQL for 好差评 data out: ratings joined with what names them (ticket, centre, service, window, staff)
 * (and the 事项编码 its 办理指南 holds) and their follow-up case with its call-backs. Read a page at a time, in an order an index gives, so a
 * year's export never holds more than one page: by rating time for a date range (the export), by id
 * for what is new since a cursor (the push).
 */
import type { Db } from '../open';
import type { CaseStatus, HandlingSatisfaction } from '../../../protocol/cases';
import { statement } from './statement';

export interface RatingOutRow {
  id: number; at: number; level: number; reasons: string; comment: string; source: string; device_id: number | null;
  counter_id: number | null; counter_name: string | null; staff_id: number | null; staff_name: string | null;
  staff_number: string | null; ticket_number: string; business_day: string; service_id: string; service_name: string | null;
  centre_id: string; centre_name: string | null; item_code: string | null;
  case_id: number | null; case_status: CaseStatus | null; deadline: string | null; rectification: string | null;
  result: string | null; resident_satisfaction: HandlingSatisfaction | null; closed_at: number | null;
  call_backs: number; call_backs_reached: number; last_call_back_at: number | null;
}

const SELECT = `SELECT r.id, r.at, r.level, r.reasons, r.comment, r.source, r.device_id,
    r.counter_id, co.name AS counter_name, r.staff_id, u.display_name AS staff_name, u.staff_number,
    t.number AS ticket_number, t.business_day, t.service_id, sv.name AS service_name, t.centre_id, ce.name AS centre_name,
    NULLIF(json_extract(g.guide, '$.itemCode'), '') AS item_code,
    k.id AS case_id, k.status AS case_status, k.deadline, k.rectification, k.result, k.resident_satisfaction, k.closed_at,
    (SELECT COUNT(*) FROM case_events e WHERE e.case_id = k.id AND e.type = 'call_back') AS call_backs,
    (SELECT COUNT(*) FROM case_events e WHERE e.case_id = k.id AND e.type = 'call_back' AND e.reached = 1) AS call_backs_reached,
    (SELECT MAX(e.at) FROM case_events e WHERE e.case_id = k.id AND e.type = 'call_back') AS last_call_back_at
  FROM ratings r JOIN tickets t ON t.id = r.ticket_id
    LEFT JOIN services sv ON sv.id = t.service_id LEFT JOIN centres ce ON ce.id = t.centre_id
    LEFT JOIN counters co ON co.id = r.counter_id LEFT JOIN users u ON u.id = r.staff_id
    LEFT JOIN service_guides g ON g.service_id = t.service_id LEFT JOIN cases k ON k.rating_id = r.id`;

/** Where a page of a time range continues: after this rating time and, at that time, this id. */
export interface TimeCursor {
  at: number;
  id: number;
}

/**
 * Ratings given in [start, end), after the cursor, in (time, id) order: the ratings_at index's order.
 * The index range itself begins at the cursor's time, so a page never reads the pages before it again.
 */
export function ratingsInRange(db: Db, start: number, end: number, after: TimeCursor | null, limit: number): RatingOutRow[] {
  return statement(db, `${SELECT}
    WHERE r.at >= @low AND r.at < @end AND (r.at > @afterAt OR r.id > @afterId)
    ORDER BY r.at, r.id LIMIT @limit`)
    .all({ low: Math.max(start, after?.at ?? start), end, afterAt: after?.at ?? start - 1, afterId: after?.id ?? 0, limit }) as RatingOutRow[];
}

/** Ratings stored after the rating `afterId`, oldest first. */
export function ratingsAfter(db: Db, afterId: number, limit: number): RatingOutRow[] {
  return statement(db, `${SELECT} WHERE r.id > ? ORDER BY r.id LIMIT ?`).all(afterId, limit) as RatingOutRow[];
}

/** How many ratings were stored after the rating `afterId` (what the push still has to send). */
export function ratingsCountAfter(db: Db, afterId: number): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM ratings WHERE id > ?').get(afterId) as { n: number }).n;
}

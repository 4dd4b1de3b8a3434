/**
 * SQL for a staff member's own day at the desk (desk.figures): both reads are bounded by the business
 * day through an index (tickets by business day, ratings by time), never by the hall's history.
 */
import type { Db } from '../open';
import type { TicketEventRow } from './tickets';
import { statement } from './statement';

/** The event logs of the tickets this staff member finished on the day, ticket after ticket. */
export function finishedTicketEvents(db: Db, businessDay: string, staffId: number): TicketEventRow[] {
  return statement(db, `SELECT e.* FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id
    WHERE t.business_day = ? AND t.staff_id = ? AND t.status = 'finished' ORDER BY e.ticket_id, e.id`)
    .all(businessDay, staffId) as TicketEventRow[];
}

/** How many ratings of each level this staff member's service got in [start, end). */
export function ratingLevelsOf(db: Db, staffId: number, start: number, end: number): { level: number; n: number }[] {
  return statement(db, `SELECT level, COUNT(*) AS n FROM ratings WHERE at >= ? AND at < ? AND staff_id = ? GROUP BY level`)
    .all(start, end, staffId) as { level: number; n: number }[];
}

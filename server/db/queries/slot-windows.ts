/**
 * The moments a booked resident's slot window opens or closes while they wait: the queue's order
 * changes then (server/queue/order.ts ranks an open window first) without any command. Both read the
 * index tickets_waiting_slots (migration 024), which holds only today's waiting line.
 */
import type { Db } from '../open';
import { statement } from './statement';
import { IS_WAITING } from './queue-order-sql';

/** The next moment after `now` at which a waiting ticket's slot window opens or closes; null when none will. */
export function nextSlotBoundary(db: Db, now: number): number | null {
  const row = statement(db, `SELECT MIN(CASE WHEN slot_from > @now THEN slot_from ELSE slot_to END) AS next FROM tickets
    WHERE ${IS_WAITING} AND slot_to > @now`).get({ now }) as { next: number | null };
  return row.next;
}

/** Services with a waiting ticket whose slot window opened or closed after `from` and at or before `to`. */
export function servicesAtSlotBoundary(db: Db, from: number, to: number): string[] {
  // Made distinct here, not in SQL: DISTINCT would lead SQLite to walk the whole line by service instead.
  const rows = statement(db, `SELECT service_id FROM tickets WHERE ${IS_WAITING} AND slot_to > @from
    AND ((slot_from > @from AND slot_from <= @to) OR slot_to <= @to)`).all({ from, to }) as { service_id: string }[];
  return [...new Set(rows.map((r) => r.service_id))];
}

/**
 * The engine's queue rules (server/queue/order.ts, server/queue/in-hand.ts) rendered into SQL. Nothing
 * here decides an order or a status list: it only translates the engine's definitions, so the query
 * that picks the next ticket cannot disagree with `chooseNext`. The partial indexes of the migrations
 * match these renderings term for term (SQLite uses a partial index only when the query's WHERE
 * contains the index's WHERE); test/integration/query-plans.test.ts checks they are used. The order
 * depends on the clock (a booked slot window open now): statements using it bind `{ now }` (`AT`).
 */
import type { SortKey } from '../../queue/order';
import type { Ticket } from '../../queue/types';
import { QUEUE_ORDER, WAITING, queuePosition } from '../../queue/order';
import { IN_HAND_STATUSES, OPEN_STATUSES } from '../../queue/in-hand';

const COLUMN: Record<Exclude<SortKey['field'], 'slot'>, string> = { priority: 'priority', queueKey: 'queue_key', id: 'id' };

function rankExpression(key: SortKey): string {
  switch (key.rank) {
    case 'present-first': return `(${COLUMN[key.field]} IS NULL)`;
    // order.ts `slotWindowOpen`: a NULL window compares to nothing, so a ticket without a slot ranks 1.
    case 'window-open-first': return '(CASE WHEN slot_from <= @now AND @now < slot_to THEN 0 ELSE 1 END)';
    case 'ascending': return COLUMN[key.field];
  }
}

function statusList(statuses: readonly string[]): string {
  return `status IN (${statuses.map((s) => `'${s}'`).join(', ')})`;
}

const RANKS = QUEUE_ORDER.map(rankExpression);

/** ORDER BY terms of a waiting queue; bind `at(now)`. */
export const QUEUE_ORDER_BY = RANKS.join(', ');

/** Ahead of a queue position; bind `positionParams(ticket, now)` and `at(now)`. */
export const AHEAD_OF_POSITION = `(${RANKS.join(', ')}) < (${RANKS.map(() => '?').join(', ')})`;

export function positionParams(ticket: Ticket, now: number): number[] {
  return queuePosition(ticket, now);
}

/** The named parameter of the clock-dependent ranks. */
export function at(now: number): { now: number } {
  return { now };
}

/** Reserved for this counter (order.ts `isOpenTo`); bind the counter id, or null for tickets open to all. */
export const OPEN_TO_COUNTER = '(target_counter_id IS NULL OR target_counter_id = ?)';

export const IS_WAITING = `status = '${WAITING}'`;
export const IS_IN_HAND = statusList(IN_HAND_STATUSES);
export const IS_OPEN = statusList(OPEN_STATUSES);

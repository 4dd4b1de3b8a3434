import type { Migration } from './migration';

/**
 * The queue's order (server/queue/order.ts) ranks a booked ticket whose slot window is open ahead of the
 * others, a rank that depends on the clock and so cannot be an index column: SQLite sorts a service's
 * waiting line to find its head or to count who is ahead. These indexes carry every column the queue's
 * ranks and the counter reservation read, so that sort and that count never fetch a table row (a long
 * morning line cost a row read per waiting resident on every call and every ticket issued), and the wait
 * estimate reads the latest service times from its index alone. The hall wakes when a waiting booked
 * resident's slot window opens or closes, found in the waiting line by the slot's end.
 */
export const m024CoveringQueueIndexes: Migration = {
  version: 24,
  name: 'covering indexes for the waiting line, recent service times and slot windows',
  sql: `
DROP INDEX tickets_waiting;
-- status as a column too: SQLite counts an index as covering only for columns it holds, not for its WHERE.
CREATE INDEX tickets_waiting ON tickets (service_id, (priority IS NULL), queue_key, id, target_counter_id, slot_from, slot_to,
  status) WHERE status = 'waiting';
DROP INDEX tickets_service_times;
CREATE INDEX tickets_service_times ON tickets (service_id, finished_at, started_at, status) WHERE status = 'finished' AND started_at IS NOT NULL;
-- When a waiting booked resident's slot window next opens or closes (server/bookings/slot-window-timer.ts).
CREATE INDEX tickets_waiting_slots ON tickets (slot_to, slot_from, service_id, status) WHERE status = 'waiting';
`,
};

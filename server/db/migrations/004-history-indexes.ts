import type { Migration } from './migration';

/**
 * Indexes that keep the hot paths independent of history: with months of tickets in the file, the wait
 * estimate and the counter desk must read a few rows, not scan every day (test/integration/query-plans).
 */
export const m004HistoryIndexes: Migration = {
  version: 4,
  name: 'indexes for recent service times and a counter’s tickets of the day',
  sql: `
-- The wait estimate reads the latest finished service times of one service (newest first).
CREATE INDEX tickets_service_times ON tickets (service_id, finished_at) WHERE status = 'finished' AND started_at IS NOT NULL;
-- The counter desk lists its no-shows of today; the rating pad rates the counter's last finished ticket.
CREATE INDEX tickets_counter_day ON tickets (counter_id, business_day, status, finished_at);
`,
};

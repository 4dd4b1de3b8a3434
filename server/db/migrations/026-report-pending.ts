import type { Migration } from './migration';

/**
 * Tickets whose report figures are still to be rolled up (server/reports/rollup.ts). A command marks the
 * tickets it changed here, in its own transaction, and the roll-up follows within a second (or before a
 * report is read), once for all the changes of that second: a crash in between leaves the marks, which
 * the next start rolls up.
 */
export const m026ReportPending: Migration = {
  version: 26,
  name: 'tickets awaiting the report roll-up',
  sql: `
CREATE TABLE report_pending (ticket_id INTEGER PRIMARY KEY);
`,
};

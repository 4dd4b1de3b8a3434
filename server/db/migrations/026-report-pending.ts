import type { Migration } from './migration';

/**
 * Tickets whose report figures are not yet in the roll-up (server/reports/rollup.ts). A command notes the
 * tickets it changed here, in its own transaction, and the roll-up catches up with them shortly after, a
 * batch at a time, and always before a report is read. A crash in between leaves the notes behind, and
 * the next start catches up with them.
 */
export const m026ReportPending: Migration = {
  version: 26,
  name: 'tickets whose report figures are pending',
  sql: `
CREATE TABLE report_pending (
  ticket_id INTEGER PRIMARY KEY
);
`,
};

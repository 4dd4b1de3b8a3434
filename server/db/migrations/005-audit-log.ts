import type { Migration } from './migration';

export const m005AuditLog: Migration = {
  version: 5,
  name: 'audit log of administrative changes',
  sql: `
-- One line per administrative change (devices, hall settings, printers): who, when, which command,
-- the subject, and its state before and after as JSON. Append-only: lines are never changed or removed.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  command TEXT NOT NULL,
  subject TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`,
};

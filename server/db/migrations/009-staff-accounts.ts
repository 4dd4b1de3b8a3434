import type { Migration } from './migration';

export const m009StaffAccounts: Migration = {
  version: 9,
  name: 'staff accounts carry a staff number, a centre and a pending password change',
  sql: `
-- 工号: unique when given (the accounts created before this migration have none).
ALTER TABLE users ADD COLUMN staff_number TEXT;
ALTER TABLE users ADD COLUMN centre_id TEXT REFERENCES centres(id);
-- Set for a new account and after a reset: every command but auth.changePassword is refused until changed.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX users_staff_number ON users (staff_number) WHERE staff_number IS NOT NULL;
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX counters_staff ON counters (staff_id) WHERE staff_id IS NOT NULL;
`,
};

import type { Migration } from './migration';

export const m021Matters: Migration = {
  version: 21,
  name: 'matters (办件): 受理编号, state and history, looked up by number and phone tail',
  sql: `
-- One matter per ticket at most: an application the counter accepted (or refused), followed by its
-- 受理编号. The resident's phone is kept minimally: a salted scrypt hash of its last four digits (what the
-- lookup checks) and its first three digits masked (what staff see); never the whole number.
CREATE TABLE matters (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
  service_id TEXT NOT NULL REFERENCES services(id),
  staff_id INTEGER REFERENCES users(id),
  phone_tail_hash TEXT NOT NULL,
  masked_phone TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('accepted', 'correction', 'completed', 'rejected')),
  recorded_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Every state a matter was in, append-only: when, who set it, 补正's materials (a JSON list), 不予受理's reason.
CREATE TABLE matter_steps (
  id INTEGER PRIMARY KEY,
  matter_id INTEGER NOT NULL REFERENCES matters(id),
  at INTEGER NOT NULL,
  user_id INTEGER REFERENCES users(id),
  state TEXT NOT NULL CHECK (state IN ('accepted', 'correction', 'completed', 'rejected')),
  materials TEXT NOT NULL DEFAULT '[]',
  reason TEXT
);
CREATE INDEX matter_steps_matter ON matter_steps(matter_id, id);
CREATE TRIGGER matter_steps_no_update BEFORE UPDATE ON matter_steps BEGIN SELECT RAISE(ABORT, 'matter_steps is append-only'); END;
CREATE TRIGGER matter_steps_no_delete BEFORE DELETE ON matter_steps BEGIN SELECT RAISE(ABORT, 'matter_steps is append-only'); END;
`,
};

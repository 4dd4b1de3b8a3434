import type { Migration } from './migration';

export const m014Cases: Migration = {
  version: 14,
  name: 'follow-up cases for bad ratings and complaints (好差评 closed loop)',
  sql: `
-- One case per 差评 (a rating of 1 or 2) and per complaint, suggestion or praise, opened in the same
-- transaction as what it follows up. deadline is the last working day to close it (YYYY-MM-DD, from the
-- working-day calendar); NULL for suggestions, praise and consultations, which are answered without one.
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('bad_rating', 'complaint', 'suggestion', 'praise', 'consultation')),
  rating_id INTEGER UNIQUE REFERENCES ratings(id),
  complaint_id INTEGER UNIQUE REFERENCES complaints(id),
  ticket_id INTEGER REFERENCES tickets(id),
  service_id TEXT REFERENCES services(id),
  counter_id INTEGER REFERENCES counters(id),
  staff_id INTEGER REFERENCES users(id),
  contact_phone TEXT,
  opened_at INTEGER NOT NULL,
  deadline TEXT CHECK (deadline IS NULL OR deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'rectified', 'closed')),
  assignee_id INTEGER REFERENCES users(id),
  rectification TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL DEFAULT '',
  resident_satisfaction TEXT CHECK (resident_satisfaction IS NULL
    OR resident_satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied', 'not_reached')),
  closed_at INTEGER,
  escalated_at INTEGER,
  CHECK ((rating_id IS NULL) <> (complaint_id IS NULL))
);
-- The cases still to escalate, by deadline: the day's escalation reads only those past it.
CREATE INDEX cases_to_escalate ON cases(deadline) WHERE status <> 'closed' AND escalated_at IS NULL;
CREATE INDEX cases_staff ON cases(staff_id, opened_at);
CREATE INDEX cases_opened ON cases(opened_at);

-- What was done on a case, append-only: who, when, and for a call-back whether the resident was reached.
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  at INTEGER NOT NULL,
  user_id INTEGER REFERENCES users(id),
  type TEXT NOT NULL CHECK (type IN ('opened', 'assigned', 'call_back', 'rectified', 'closed', 'escalated')),
  reached INTEGER CHECK (reached IS NULL OR reached IN (0, 1)),
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
`,
};

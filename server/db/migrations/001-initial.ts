import type { Migration } from './migration';

export const m001Initial: Migration = {
  version: 1,
  name: 'initial hall schema',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE centres (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_mn TEXT NOT NULL DEFAULT '',
  icon TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE services (
  id TEXT PRIMARY KEY,
  centre_id TEXT NOT NULL REFERENCES centres(id),
  name TEXT NOT NULL,
  name_mn TEXT NOT NULL DEFAULT '',
  prefix TEXT NOT NULL CHECK (prefix GLOB '[A-Z]' OR prefix GLOB '[A-Z][A-Z]'),
  sequence_key TEXT NOT NULL,
  daily_limit INTEGER CHECK (daily_limit IS NULL OR daily_limit > 0),
  hours TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1,
  default_service_minutes INTEGER NOT NULL DEFAULT 10,
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'staff')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

CREATE TABLE counters (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  centre_id TEXT NOT NULL REFERENCES centres(id),
  call_policy TEXT NOT NULL DEFAULT 'oldest-first' CHECK (call_policy IN ('oldest-first', 'service-order')),
  status TEXT NOT NULL DEFAULT 'closed' CHECK (status IN ('closed', 'open', 'paused')),
  staff_id INTEGER REFERENCES users(id)
);

CREATE TABLE counter_services (
  counter_id INTEGER NOT NULL REFERENCES counters(id),
  service_id TEXT NOT NULL REFERENCES services(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (counter_id, service_id)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'display', 'rating-pad')),
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  printer_id TEXT,
  counter_id INTEGER REFERENCES counters(id),
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

-- One row per (day, sequence): the last number issued. Updated inside the issuing transaction.
CREATE TABLE sequences (
  business_day TEXT NOT NULL,
  sequence_key TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (business_day, sequence_key)
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE,
  business_day TEXT NOT NULL,
  service_id TEXT NOT NULL REFERENCES services(id),
  centre_id TEXT NOT NULL REFERENCES centres(id),
  prefix TEXT NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  priority TEXT,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'held', 'finished', 'no_show', 'cancelled', 'expired')),
  arrived_at INTEGER NOT NULL,
  queue_key INTEGER NOT NULL,
  counter_id INTEGER REFERENCES counters(id),
  target_counter_id INTEGER REFERENCES counters(id),
  staff_id INTEGER REFERENCES users(id),
  called_at INTEGER,
  started_at INTEGER,
  finished_at INTEGER,
  recall_count INTEGER NOT NULL DEFAULT 0,
  requeued INTEGER NOT NULL DEFAULT 0,
  transfer_count INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  issued_by TEXT NOT NULL,
  idempotency_key TEXT,
  -- The last line of defence: a number can exist only once per business day.
  UNIQUE (business_day, number),
  UNIQUE (issued_by, idempotency_key)
);

-- Call-next reads the head of each service queue: waiting tickets, priority first, oldest first.
CREATE INDEX tickets_waiting ON tickets (service_id, (priority IS NULL), queue_key, id) WHERE status = 'waiting';
CREATE INDEX tickets_in_hand ON tickets (counter_id, status) WHERE status IN ('called', 'serving', 'held');
CREATE INDEX tickets_day ON tickets (business_day, service_id);
CREATE INDEX tickets_open_by_day ON tickets (business_day) WHERE status IN ('waiting', 'called', 'serving', 'held');

-- Append-only: who did what, when, at which counter. Per-state times are read from here.
CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  type TEXT NOT NULL,
  at INTEGER NOT NULL,
  counter_id INTEGER,
  user_id INTEGER,
  device_id INTEGER,
  data TEXT
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);
CREATE INDEX ticket_events_at ON ticket_events (at);
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
  BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
  BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;

-- Counter openings, pauses and closings, for supervision and assessment.
CREATE TABLE counter_events (
  id INTEGER PRIMARY KEY,
  counter_id INTEGER NOT NULL REFERENCES counters(id),
  type TEXT NOT NULL,
  at INTEGER NOT NULL,
  user_id INTEGER
);
`,
};

import type { Migration } from './migration';

export const m017Supervision: Migration = {
  version: 17,
  name: 'supervision (电子监察): traffic-light thresholds per service, and stored alerts',
  sql: `
-- Minutes a resident may wait and a service may take before the live board shows yellow and red, and
-- how long a counter may stand idle (open, not paused, nothing in hand) while people wait for it before
-- supervisors are alerted. The console's 事项 screen and the configuration file edit them.
ALTER TABLE services ADD COLUMN wait_yellow_minutes INTEGER NOT NULL DEFAULT 15 CHECK (wait_yellow_minutes BETWEEN 1 AND 480);
ALTER TABLE services ADD COLUMN wait_red_minutes INTEGER NOT NULL DEFAULT 30 CHECK (wait_red_minutes BETWEEN 1 AND 480);
ALTER TABLE services ADD COLUMN service_yellow_minutes INTEGER NOT NULL DEFAULT 20 CHECK (service_yellow_minutes BETWEEN 1 AND 480);
ALTER TABLE services ADD COLUMN service_red_minutes INTEGER NOT NULL DEFAULT 40 CHECK (service_red_minutes BETWEEN 1 AND 480);
ALTER TABLE services ADD COLUMN idle_alert_minutes INTEGER NOT NULL DEFAULT 5 CHECK (idle_alert_minutes BETWEEN 1 AND 240);

-- One row per alert: a condition (a counter idle while people wait, a wait past red, a printer down, a
-- device offline) raises one alert while it lasts and is marked cleared when it ends; a new 差评 or
-- complaint case raises one in the transaction that opens the case. subject names what it is about
-- ('counter:3', 'service:x', 'printer:p', 'device:4', 'case:12'); details is what supervisors read.
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('counter_idle', 'wait_red', 'printer_down', 'device_offline', 'case_opened')),
  subject TEXT NOT NULL,
  details TEXT NOT NULL CHECK (json_valid(details)),
  raised_at INTEGER NOT NULL,
  cleared_at INTEGER,
  acknowledged_by INTEGER REFERENCES users(id),
  acknowledged_at INTEGER,
  CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL))
);
-- At most one alert in force per condition: a condition that persists is the same alert.
CREATE UNIQUE INDEX alerts_in_force ON alerts(kind, subject) WHERE cleared_at IS NULL;
-- The console lists those nobody has acknowledged yet without reading the acknowledged history.
CREATE INDEX alerts_unacknowledged ON alerts(id) WHERE acknowledged_at IS NULL;
`,
};

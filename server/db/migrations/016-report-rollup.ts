import type { Migration } from './migration';

/**
 * The reports' roll-up (server/reports/rollup.ts explains the design). Reports read only these tables,
 * never the history of tickets and events, so a year's report costs what a year of days costs, not what
 * a year of tickets does. They are kept current in the same transaction as every change of a ticket,
 * its rating or its 差评 case; the first start after this migration fills them from the existing tickets
 * and events (the hall's time zone, which hours of day depend on, is known only then).
 */
export const m016ReportRollup: Migration = {
  version: 16,
  name: 'report roll-up: one fact row per ticket, per-day figures and time histograms per grouping',
  sql: `
-- What one ticket adds to the reports now: where it belongs and what it counts. Replaced whenever the
-- ticket, its rating or its case changes; the difference to the old row is applied to the day figures.
CREATE TABLE report_tickets (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
  business_day TEXT NOT NULL,
  hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  centre_id TEXT NOT NULL,
  service_id TEXT NOT NULL,
  counter_key TEXT NOT NULL,
  staff_key TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('open', 'finished', 'no_show', 'cancelled', 'expired')),
  transferred INTEGER NOT NULL,
  priority INTEGER NOT NULL,
  wait_ms INTEGER,
  service_ms INTEGER,
  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
  bad_contact INTEGER NOT NULL,
  rectified_on_time INTEGER NOT NULL,
  called_back_on_time INTEGER NOT NULL
);

-- Sums per business day and grouping: dim is centre, service, counter, staff, hour or hall (the total,
-- key ''). A range's report adds up (days × groups) rows, a few thousand for a year by centre.
CREATE TABLE report_days (
  dim TEXT NOT NULL,
  business_day TEXT NOT NULL,
  key TEXT NOT NULL,
  issued INTEGER NOT NULL DEFAULT 0,
  finished INTEGER NOT NULL DEFAULT 0,
  no_show INTEGER NOT NULL DEFAULT 0,
  cancelled INTEGER NOT NULL DEFAULT 0,
  expired INTEGER NOT NULL DEFAULT 0,
  transferred INTEGER NOT NULL DEFAULT 0,
  priority INTEGER NOT NULL DEFAULT 0,
  wait_n INTEGER NOT NULL DEFAULT 0,
  wait_sum INTEGER NOT NULL DEFAULT 0,
  service_n INTEGER NOT NULL DEFAULT 0,
  service_sum INTEGER NOT NULL DEFAULT 0,
  r1 INTEGER NOT NULL DEFAULT 0,
  r2 INTEGER NOT NULL DEFAULT 0,
  r3 INTEGER NOT NULL DEFAULT 0,
  r4 INTEGER NOT NULL DEFAULT 0,
  r5 INTEGER NOT NULL DEFAULT 0,
  bad_contact INTEGER NOT NULL DEFAULT 0,
  rectified_on_time INTEGER NOT NULL DEFAULT 0,
  called_back_on_time INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (dim, business_day, key)
) WITHOUT ROWID;

-- Wait and service times per day and grouping as histograms (server/reports/buckets.ts): medians and
-- 90th percentiles of any range come from adding bucket counts, without reading a single ticket.
CREATE TABLE report_buckets (
  dim TEXT NOT NULL,
  business_day TEXT NOT NULL,
  key TEXT NOT NULL,
  measure TEXT NOT NULL CHECK (measure IN ('wait', 'service')),
  bucket INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (dim, business_day, key, measure, bucket)
) WITHOUT ROWID;
`,
};

import type { Migration } from './migration';

export const m003PrintingGuides: Migration = {
  version: 3,
  name: 'printers, print jobs, service guides',
  sql: `
CREATE TABLE printers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  paper_width INTEGER NOT NULL CHECK (paper_width IN (58, 80))
);

-- Every print job until it has a result; 'delivering' means bytes may have reached the printer, so
-- after a crash such a job is reported as interrupted, never printed twice.
CREATE TABLE print_jobs (
  id TEXT PRIMARY KEY,
  printer_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ticket', 'notice', 'test')),
  ticket_id INTEGER REFERENCES tickets(id),
  payload TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'delivering', 'printed', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  error_code TEXT,
  created_at INTEGER NOT NULL,
  finished_at INTEGER
);
CREATE INDEX print_jobs_pending ON print_jobs (created_at) WHERE status IN ('queued', 'delivering');
CREATE INDEX print_jobs_ticket ON print_jobs (ticket_id);

-- 办理指南 per service (JSON of protocol/guide.ts ServiceGuide).
CREATE TABLE service_guides (
  service_id TEXT PRIMARY KEY REFERENCES services(id),
  guide TEXT NOT NULL
);
`,
};

import type { Migration } from './migration';

/**
 * A calendar day's name (春节, 国庆节调休) in Mongolian, for the residents who read the portal in Mongolian:
 * kept beside the Chinese in the day's own row, and reviewed in the translation workbench like the other
 * configured names (kind 'day', protocol/mn-texts.ts). And the index that finds the next slot-window
 * moment holds booked tickets only: a walk-in has no slot, and every walk-in issued or called paid for an
 * entry nobody reads.
 */
export const m025CalendarDayNamesMn: Migration = {
  version: 25,
  name: 'Mongolian calendar day names; slot-window index of booked tickets only',
  sql: `
ALTER TABLE calendar_days ADD COLUMN name_mn TEXT NOT NULL DEFAULT '';

CREATE TABLE mn_texts_new (
  kind TEXT NOT NULL CHECK (kind IN ('catalog', 'centre', 'service', 'material', 'day')),
  subject TEXT NOT NULL,
  zh TEXT NOT NULL,
  mn TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  reviewer TEXT,
  reviewed_at INTEGER,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (kind, subject),
  CHECK ((status = 'approved') = (reviewer IS NOT NULL AND reviewed_at IS NOT NULL))
) WITHOUT ROWID;
INSERT INTO mn_texts_new SELECT kind, subject, zh, mn, status, reviewer, reviewed_at, updated_at FROM mn_texts;
DROP TABLE mn_texts;
ALTER TABLE mn_texts_new RENAME TO mn_texts;

DROP INDEX tickets_waiting_slots;
CREATE INDEX tickets_waiting_slots ON tickets (slot_to, slot_from, service_id, status)
  WHERE status = 'waiting' AND slot_to IS NOT NULL;
`,
};

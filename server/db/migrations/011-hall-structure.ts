import type { Migration } from './migration';

export const m011HallStructure: Migration = {
  version: 11,
  name: 'centres and counters can be disabled, services say whether they offer priority, one sequence per prefix',
  sql: `
-- A disabled centre and its services disappear from kiosks and displays; its counters stay as they are.
ALTER TABLE centres ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1));
-- A disabled counter cannot be opened; it stays for the tickets, ratings and events that name it.
ALTER TABLE counters ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1));
-- Whether the kiosk offers priority (绿色通道) tickets for the service.
ALTER TABLE services ADD COLUMN priority_offered INTEGER NOT NULL DEFAULT 1 CHECK (priority_offered IN (0, 1));

-- Numbers are unique per day (tickets UNIQUE(business_day, number)), so a prefix can only ever have one
-- sequence: services sharing a prefix share it, and the sequence's key is the prefix itself. A service's
-- own sequence_key, which could differ from its prefix and then issue a number twice, goes. Each
-- prefix's sequence first catches up with the highest number any of its services issued that day.
INSERT INTO sequences (business_day, sequence_key, last_seq)
  SELECT business_day, prefix, MAX(seq) FROM tickets WHERE true GROUP BY business_day, prefix
  ON CONFLICT (business_day, sequence_key) DO UPDATE SET last_seq = MAX(last_seq, excluded.last_seq);
ALTER TABLE services DROP COLUMN sequence_key;
`,
};

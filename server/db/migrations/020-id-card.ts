import type { Migration } from './migration';

export const m020IdCard: Migration = {
  version: 20,
  name: 'ID-card readings and the resident hash key',
  sql: `
-- The key of the hall's salted resident hash (server/auth/resident-hash.ts): an HMAC key made once, here,
-- and kept with the data it protects, so a restored backup still recognises its residents. Nothing
-- outside the server reads it; it is never exported, logged or sent.
CREATE TABLE hall_secrets (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
) WITHOUT ROWID;
INSERT INTO hall_secrets (name, value) VALUES ('resident-hash', randomblob(32));

-- A card read at a kiosk (protocol/idcard.ts): only the salted hash of the ID number and the masked name,
-- usable once, at that kiosk, until it expires. A newer reading at the kiosk replaces the older one.
CREATE TABLE id_readings (
  token TEXT PRIMARY KEY,
  device_id INTEGER NOT NULL UNIQUE REFERENCES devices(id) ON DELETE CASCADE,
  person_hash TEXT NOT NULL,
  masked_name TEXT NOT NULL,
  read_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;

-- A ticket taken with a card states its person once: the same person cannot hold two open tickets of one
-- service. The index holds only such tickets while they are open, so the check never grows with history.
ALTER TABLE tickets ADD COLUMN person_hash TEXT;
ALTER TABLE tickets ADD COLUMN person_name_masked TEXT;
CREATE INDEX tickets_open_person ON tickets (person_hash, service_id)
  WHERE person_hash IS NOT NULL AND status IN ('waiting', 'called', 'serving', 'held');
`,
};

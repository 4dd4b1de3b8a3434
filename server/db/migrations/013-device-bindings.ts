import type { Migration } from './migration';

export const m013DeviceBindings: Migration = {
  version: 13,
  name: 'device bindings (kiosk centres, display scope), last seen, revocation time',
  sql: `
-- A display shows the whole hall, one centre (centre_id) or one counter (counter_id, its window display).
ALTER TABLE devices ADD COLUMN centre_id TEXT REFERENCES centres(id);
-- Written at connect, disconnect and at most once a minute while the device sends commands.
ALTER TABLE devices ADD COLUMN last_seen_at INTEGER;
-- A revoked device keeps its row (tickets, ratings and the audit trail name it); NULL while active.
ALTER TABLE devices ADD COLUMN revoked_at INTEGER;

-- The centres a kiosk offers on its home screen, in order; none at all means every centre.
CREATE TABLE device_centres (
  device_id INTEGER NOT NULL REFERENCES devices(id),
  centre_id TEXT NOT NULL REFERENCES centres(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (device_id, centre_id)
);
CREATE INDEX device_centres_by_centre ON device_centres(centre_id);
CREATE INDEX device_centres_in_order ON device_centres(device_id, position);
`,
};

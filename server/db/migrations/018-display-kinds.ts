import type { Migration } from './migration';

export const m018DisplayKinds: Migration = {
  version: 18,
  name: 'display kinds',
  sql: `
-- What a display shows (protocol/display-kind.ts): the whole hall, one centre, one window, or the compact
-- layout for small screens. NULL for kiosks and rating pads. A display registered before kinds existed
-- takes the kind its links imply: a counter makes it a window display, a centre a centre display.
ALTER TABLE devices ADD COLUMN display_kind TEXT CHECK (display_kind IS NULL OR display_kind IN ('hall', 'centre', 'window', 'compact'));
UPDATE devices SET display_kind = CASE WHEN counter_id IS NOT NULL THEN 'window' WHEN centre_id IS NOT NULL THEN 'centre' ELSE 'hall' END
  WHERE kind = 'display';
`,
};

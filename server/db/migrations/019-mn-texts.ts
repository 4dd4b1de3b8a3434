import type { Migration } from './migration';

export const m019MnTexts: Migration = {
  version: 19,
  name: 'Mongolian text reviews',
  sql: `
-- The translation workbench's record of each Mongolian text (protocol/mn-texts.ts): kind 'catalog' keeps a
-- catalog string's Mongolian as edited in the console (it overrides the release's draft on every screen);
-- 'centre', 'service' and 'material' record the review of a configured name, whose Mongolian itself stays in
-- its own name field. zh and mn are the texts the status was given for: an approval holds only while both
-- are still the current ones (protocol/catalog/mn-review.ts).
CREATE TABLE mn_texts (
  kind TEXT NOT NULL CHECK (kind IN ('catalog', 'centre', 'service', 'material')),
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
`,
};

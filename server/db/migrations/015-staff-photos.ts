import type { Migration } from './migration';

export const m015StaffPhotos: Migration = {
  version: 15,
  name: 'staff photos',
  sql: `
-- A staff member's photo for the rating pad and the window display: the name of its file under
-- DATA_DIR/staff-photos (a random id and the extension of its type), or NULL without one. A file no row
-- names is a leftover of a change that did not commit, removed at the next start.
ALTER TABLE users ADD COLUMN photo TEXT CHECK (photo IS NULL OR photo GLOB '[a-z0-9]*.png' OR photo GLOB '[a-z0-9]*.jpg');
`,
};

import type { Migration } from './migration';

export const m008Calendar: Migration = {
  version: 8,
  name: 'working-day calendar',
  sql: `
-- Public holidays and make-up working days (调休), one row per date. Dates without a row follow the
-- ordinary week: Monday to Friday are working days, Saturday and Sunday are not.
CREATE TABLE calendar_days (
  date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL
) WITHOUT ROWID;
`,
};

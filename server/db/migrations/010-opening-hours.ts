import type { Migration } from './migration';

/** One day's ranges as a JSON array, from the old comma-separated text ("08:30-12:00,13:30-17:30"). */
const DAY = `json('["' || replace(replace(hours, ' ', ''), ',', '","') || '"]')`;

export const m010OpeningHours: Migration = {
  version: 10,
  name: 'opening hours per weekday with timetables, half-day limits',
  sql: `
-- Opening hours become per weekday, in one or two timetables (summer, winter), as JSON:
-- {"timetables":[{"startsOn":"MM-DD","week":[[ranges of Monday], …, [ranges of Sunday]]}]}.
-- NULL means open all day. The old text applied to every day, so it becomes one timetable for the whole
-- year with the same ranges each day: existing services keep their meaning (only the working-day
-- calendar now closes weekends and holidays).
ALTER TABLE services ADD COLUMN opening_hours TEXT CHECK (opening_hours IS NULL OR json_valid(opening_hours));
UPDATE services SET opening_hours = CASE
  WHEN trim(hours) IN ('', '00:00-24:00') THEN NULL
  ELSE json_object('timetables', json_array(json_object('startsOn', '01-01',
    'week', json_array(${DAY}, ${DAY}, ${DAY}, ${DAY}, ${DAY}, ${DAY}, ${DAY}))))
END;
ALTER TABLE services DROP COLUMN hours;

-- Limits per half day (上午 before 12:00, 下午 from 12:00) beside the daily limit; NULL = none.
ALTER TABLE services ADD COLUMN morning_limit INTEGER CHECK (morning_limit IS NULL OR morning_limit > 0);
ALTER TABLE services ADD COLUMN afternoon_limit INTEGER CHECK (afternoon_limit IS NULL OR afternoon_limit > 0);
`,
};

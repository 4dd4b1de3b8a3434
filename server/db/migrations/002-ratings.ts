import type { Migration } from './migration';

export const m002Ratings: Migration = {
  version: 2,
  name: 'ratings (服务评议) and complaints',
  sql: `
-- One rating per ticket (national 好差评 levels 5..1), tied to the counter and staff member who served it.
CREATE TABLE ratings (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  reasons TEXT NOT NULL DEFAULT '[]',
  comment TEXT NOT NULL DEFAULT '',
  counter_id INTEGER REFERENCES counters(id),
  staff_id INTEGER REFERENCES users(id),
  source TEXT NOT NULL CHECK (source IN ('phone', 'kiosk', 'rating-pad')),
  at INTEGER NOT NULL
);
CREATE INDEX ratings_at ON ratings (at);

CREATE TABLE complaints (
  id INTEGER PRIMARY KEY,
  category TEXT NOT NULL,
  text TEXT NOT NULL,
  phone TEXT,
  source TEXT NOT NULL,
  at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed'))
);
`,
};

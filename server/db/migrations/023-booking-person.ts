import type { Migration } from './migration';

export const m023BookingPerson: Migration = {
  version: 23,
  name: 'a booking may state its person (ID card)',
  sql: `
-- A resident may give their ID number when booking: only the hall's salted hash of it is kept (as on
-- tickets, migration 020), so that their card read at a kiosk finds today's booking. The index holds only
-- such bookings while they are open, so the lookup never grows with history.
ALTER TABLE bookings ADD COLUMN person_hash TEXT;
CREATE INDEX bookings_open_person ON bookings (person_hash, business_day) WHERE person_hash IS NOT NULL AND status = 'booked';
`,
};

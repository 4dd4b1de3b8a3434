import type { Migration } from './migration';

export const m022Bookings: Migration = {
  version: 22,
  name: 'appointments and kiosk check-in',
  sql: `
-- Per-service booking settings kept by admins (protocol/booking.ts BookingSettings); a service without a row
-- is not bookable.
CREATE TABLE booking_settings (
  service_id TEXT PRIMARY KEY REFERENCES services(id) ON DELETE CASCADE,
  bookable INTEGER NOT NULL CHECK (bookable IN (0, 1)),
  slot_minutes INTEGER NOT NULL,
  capacity INTEGER NOT NULL,
  walk_in_percent INTEGER NOT NULL,
  days_ahead INTEGER NOT NULL,
  cancel_minutes_before INTEGER NOT NULL
) WITHOUT ROWID;

-- One appointment. Only what the hall needs is kept: the masked name and number to show, and the hall's
-- salted resident hash of the number (server/auth/resident-hash.ts, purpose 'mobile') to apply the limits
-- per person; never the full name or number. check_in_until is when an unchecked booking becomes a no-show (settled_at then).
CREATE TABLE bookings (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  service_id TEXT NOT NULL REFERENCES services(id),
  business_day TEXT NOT NULL,
  slot_start INTEGER NOT NULL,
  slot_end INTEGER NOT NULL,
  check_in_until INTEGER NOT NULL,
  name_masked TEXT NOT NULL,
  phone_masked TEXT NOT NULL,
  phone_hash TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show', 'late')),
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  idempotency_key TEXT,
  settled_at INTEGER,
  ticket_id INTEGER REFERENCES tickets(id)
);
-- Places taken in a slot.
CREATE INDEX bookings_slot ON bookings(service_id, slot_start) WHERE status IN ('booked', 'checked_in');
-- Open bookings whose check-in window has ended: the no-show sweep reads only these.
CREATE INDEX bookings_due ON bookings(check_in_until) WHERE status = 'booked';
-- One person's bookings (limits, missed bookings of the last days).
CREATE INDEX bookings_phone ON bookings(phone_hash, status, settled_at);
-- A day's bookings for staff.
CREATE INDEX bookings_day ON bookings(business_day, service_id);
-- A retried booking request answers the booking it made.
CREATE UNIQUE INDEX bookings_retry ON bookings(phone_hash, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- A ticket issued at a booking's check-in carries the slot window in which it is called ahead of walk-ins
-- (server/queue/order.ts); null for every other ticket.
ALTER TABLE tickets ADD COLUMN slot_from INTEGER;
ALTER TABLE tickets ADD COLUMN slot_to INTEGER;
`,
};

/**
 * SQL for appointments (预约): per-service settings, bookings, places taken, the limits' counts and the
 * no-show sweep. Only masked names and numbers and a salted hash of the number are ever stored.
 */
import type { Db } from '../open';
import { statement } from './statement';
import {
  BOOKING_STATUSES, defaultBookingSettings, type BookingSettings, type BookingStatus,
} from '../../../protocol/booking';

interface SettingsRow {
  service_id: string; bookable: number; slot_minutes: number; capacity: number; walk_in_percent: number;
  days_ahead: number; cancel_minutes_before: number;
}

function toSettings(r: SettingsRow): BookingSettings {
  return { serviceId: r.service_id, bookable: r.bookable === 1, slotMinutes: r.slot_minutes, capacity: r.capacity,
    walkInPercent: r.walk_in_percent, daysAhead: r.days_ahead, cancelMinutesBefore: r.cancel_minutes_before };
}

/** A service's booking settings; the defaults (not bookable) for a service nobody configured. */
export function bookingSettingsOf(db: Db, serviceId: string): BookingSettings {
  const r = statement(db, 'SELECT * FROM booking_settings WHERE service_id = ?').get(serviceId) as SettingsRow | undefined;
  return r ? toSettings(r) : defaultBookingSettings(serviceId);
}

export function saveBookingSettings(db: Db, s: BookingSettings): void {
  statement(db, `INSERT INTO booking_settings (service_id, bookable, slot_minutes, capacity, walk_in_percent, days_ahead,
      cancel_minutes_before) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (service_id) DO UPDATE SET bookable = excluded.bookable, slot_minutes = excluded.slot_minutes,
      capacity = excluded.capacity, walk_in_percent = excluded.walk_in_percent, days_ahead = excluded.days_ahead,
      cancel_minutes_before = excluded.cancel_minutes_before`)
    .run(s.serviceId, s.bookable ? 1 : 0, s.slotMinutes, s.capacity, s.walkInPercent, s.daysAhead, s.cancelMinutesBefore);
}

export interface BookingRecord {
  id: number;
  code: string;
  serviceId: string;
  businessDay: string;
  slotStart: number;
  slotEnd: number;
  checkInUntil: number;
  nameMasked: string;
  phoneMasked: string;
  status: BookingStatus;
  createdAt: number;
  createdBy: string;
  settledAt: number | null;
  ticketId: number | null;
}

interface BookingRow {
  id: number; code: string; service_id: string; business_day: string; slot_start: number; slot_end: number;
  check_in_until: number; name_masked: string; phone_masked: string; status: string; created_at: number; created_by: string;
  settled_at: number | null; ticket_id: number | null;
}

function statusOf(text: string): BookingStatus {
  const status = BOOKING_STATUSES.find((s) => s === text);
  if (!status) throw new Error(`unknown booking status "${text}"`);
  return status;
}

function toBooking(r: BookingRow): BookingRecord {
  return { id: r.id, code: r.code, serviceId: r.service_id, businessDay: r.business_day, slotStart: r.slot_start,
    slotEnd: r.slot_end, checkInUntil: r.check_in_until, nameMasked: r.name_masked, phoneMasked: r.phone_masked,
    status: statusOf(r.status), createdAt: r.created_at, createdBy: r.created_by, settledAt: r.settled_at, ticketId: r.ticket_id };
}

// Every column but the hash: nothing read back for a view can carry it by mistake.
const BOOKING_COLUMNS = `id, code, service_id, business_day, slot_start, slot_end, check_in_until, name_masked, phone_masked,
  status, created_at, created_by, settled_at, ticket_id`;

export interface NewBooking {
  code: string; serviceId: string; businessDay: string; slotStart: number; slotEnd: number; checkInUntil: number;
  nameMasked: string; phoneMasked: string; phoneHash: string; createdAt: number; createdBy: string; idempotencyKey: string | null;
  /** The hall's hash of the resident's ID number, when they gave it (migration 023). */
  personHash?: string | null;
}

export function insertBooking(db: Db, b: NewBooking): BookingRecord {
  const info = statement(db, `INSERT INTO bookings (code, service_id, business_day, slot_start, slot_end, check_in_until,
      name_masked, phone_masked, phone_hash, status, created_at, created_by, idempotency_key, person_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?)`).run(b.code, b.serviceId, b.businessDay, b.slotStart, b.slotEnd,
    b.checkInUntil, b.nameMasked, b.phoneMasked, b.phoneHash, b.createdAt, b.createdBy, b.idempotencyKey, b.personHash ?? null);
  const created = bookingById(db, Number(info.lastInsertRowid));
  if (!created) throw new Error('booking vanished after insert');
  return created;
}

export function bookingById(db: Db, id: number): BookingRecord | null {
  const r = statement(db, `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE id = ?`).get(id) as BookingRow | undefined;
  return r ? toBooking(r) : null;
}

export function bookingByCode(db: Db, code: string): BookingRecord | null {
  const r = statement(db, `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE code = ?`).get(code) as BookingRow | undefined;
  return r ? toBooking(r) : null;
}

export function codeTaken(db: Db, code: string): boolean {
  return statement(db, 'SELECT 1 FROM bookings WHERE code = ?').get(code) !== undefined;
}

/** The booking an earlier request with the same number and retry key made. */
export function bookingByRetry(db: Db, phoneHash: string, key: string): BookingRecord | null {
  const r = statement(db, `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE phone_hash = ? AND idempotency_key = ?`)
    .get(phoneHash, key) as BookingRow | undefined;
  return r ? toBooking(r) : null;
}

/** Places taken per slot start of a service on a day (booked or checked in). */
export function placesTaken(db: Db, serviceId: string, from: number, to: number): Map<number, number> {
  const rows = statement(db, `SELECT slot_start AS start, COUNT(*) AS n FROM bookings
    WHERE service_id = ? AND slot_start >= ? AND slot_start < ? AND status IN ('booked', 'checked_in') GROUP BY slot_start`)
    .all(serviceId, from, to) as { start: number; n: number }[];
  return new Map(rows.map((r) => [r.start, r.n]));
}

/** What the limits count for one number (server/bookings/limits.ts). */
export function phoneCounts(db: Db, phoneHash: string, serviceId: string, businessDay: string, now: number, missedSince: number):
  { sameServiceDay: number; open: number; missed: number } {
  const row = statement(db, `SELECT
      SUM(status = 'booked' AND service_id = ? AND business_day = ?) AS same,
      SUM(status = 'booked' AND check_in_until > ?) AS open,
      SUM(status IN ('no_show', 'late') AND settled_at >= ?) AS missed
    FROM bookings WHERE phone_hash = ? AND (status = 'booked' OR (status IN ('no_show', 'late') AND settled_at >= ?))`)
    .get(serviceId, businessDay, now, missedSince, phoneHash, missedSince) as { same: number | null; open: number | null; missed: number | null };
  return { sameServiceDay: row.same ?? 0, open: row.open ?? 0, missed: row.missed ?? 0 };
}

/**
 * Records every booking whose check-in window has closed without a check-in as a no-show, at the moment
 * the window closed. Reads only open bookings past due (a partial index), so its cost never grows with
 * the hall's history. Answers how many it recorded.
 */
export function recordNoShows(db: Db, now: number): number {
  return statement(db, `UPDATE bookings SET status = 'no_show', settled_at = check_in_until
    WHERE status = 'booked' AND check_in_until <= ?`).run(now).changes;
}

export function settleBooking(db: Db, id: number, status: BookingStatus, at: number, ticketId: number | null): void {
  statement(db, 'UPDATE bookings SET status = ?, settled_at = ?, ticket_id = COALESCE(?, ticket_id) WHERE id = ?')
    .run(status, at, ticketId, id);
}

/** A day's bookings, by slot, for staff (optionally of one service). */
export function bookingsOfDay(db: Db, businessDay: string, serviceId: string | null): BookingRecord[] {
  const rows = serviceId === null
    ? statement(db, `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE business_day = ? ORDER BY slot_start, id`).all(businessDay)
    : statement(db, `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE business_day = ? AND service_id = ? ORDER BY slot_start, id`)
      .all(businessDay, serviceId);
  return (rows as BookingRow[]).map(toBooking);
}

/** A person's open bookings of one day, earliest first (read through bookings_open_person). */
export const OPEN_BOOKINGS_OF_PERSON = `SELECT code, service_id AS serviceId, slot_start AS slotStart, slot_end AS slotEnd FROM bookings
  WHERE person_hash = ? AND business_day = ? AND status = 'booked' ORDER BY slot_start`;

export function openBookingsOfPerson(db: Db, personHash: string, businessDay: string):
  { code: string; serviceId: string; slotStart: number; slotEnd: number }[] {
  return statement(db, OPEN_BOOKINGS_OF_PERSON).all(personHash, businessDay) as { code: string; serviceId: string; slotStart: number; slotEnd: number }[];
}

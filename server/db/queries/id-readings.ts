/** Card readings held at kiosks (migration 020), and the open tickets a person holds. */
import type { Db } from '../open';
import { IS_OPEN } from './queue-order-sql';

export interface IdReadingRow {
  token: string;
  deviceId: number;
  personHash: string;
  maskedName: string;
  expiresAt: number;
}

/** Stores a kiosk's newest reading, replacing any older one of that kiosk. */
export function storeIdReading(db: Db, row: IdReadingRow, readAt: number): void {
  db.prepare(`INSERT INTO id_readings (token, device_id, person_hash, masked_name, read_at, expires_at)
    VALUES (@token, @deviceId, @personHash, @maskedName, @readAt, @expiresAt)
    ON CONFLICT (device_id) DO UPDATE SET token = excluded.token, person_hash = excluded.person_hash,
      masked_name = excluded.masked_name, read_at = excluded.read_at, expires_at = excluded.expires_at`)
    .run({ ...row, readAt });
}

/** The kiosk's reading with this token, if it is still there (expiry is the caller's to judge). */
export function idReadingOf(db: Db, deviceId: number, token: string): IdReadingRow | null {
  const row = db.prepare(`SELECT token, device_id AS deviceId, person_hash AS personHash, masked_name AS maskedName,
    expires_at AS expiresAt FROM id_readings WHERE device_id = ? AND token = ?`).get(deviceId, token) as IdReadingRow | undefined;
  return row ?? null;
}

/** A reading is used once: taking a ticket with it, or the resident leaving the kiosk, removes it. */
export function removeIdReading(db: Db, deviceId: number): void {
  db.prepare('DELETE FROM id_readings WHERE device_id = ?').run(deviceId);
}

/** Bind the person's hash and the service; read through the partial index tickets_open_person (migration 020). */
export const OPEN_TICKET_OF_PERSON = `SELECT number FROM tickets WHERE person_hash = ? AND service_id = ? AND ${IS_OPEN} LIMIT 1`;

/** The number of an open ticket this person holds for the service, if any. */
export function openTicketOfPerson(db: Db, personHash: string, serviceId: string): string | null {
  const row = db.prepare(OPEN_TICKET_OF_PERSON).get(personHash, serviceId) as { number: string } | undefined;
  return row?.number ?? null;
}

/** States the person on a ticket just issued (same transaction). */
export function statePerson(db: Db, ticketId: number, personHash: string, maskedName: string): void {
  db.prepare('UPDATE tickets SET person_hash = ?, person_name_masked = ? WHERE id = ?').run(personHash, maskedName, ticketId);
}

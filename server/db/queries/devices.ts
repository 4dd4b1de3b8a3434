/**
 * Devices (kiosks, displays, rating pads): their keys (as hashes), what they are tied to, and when they
 * were last seen. A revoked device keeps its row, so tickets, ratings and the audit trail still name it.
 */
import type { Db } from '../open';
import { statement } from './statement';
import type { DeviceBindingView, DeviceKind } from '../../../protocol/views';
import type { DisplayKind } from '../../../protocol/display-kind';

export interface DeviceRecord extends DeviceBindingView {
  id: number;
  kind: DeviceKind;
  name: string;
  createdAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

export interface DeviceFields extends DeviceBindingView {
  kind: DeviceKind;
  name: string;
}

interface DeviceRow {
  id: number; kind: DeviceKind; name: string; printer_id: string | null; counter_id: number | null; centre_id: string | null;
  display_kind: DisplayKind | null; created_at: number; last_seen_at: number | null; revoked_at: number | null; centre_ids: string | null;
}

/** Each device with its kiosk centres in order (a JSON array built by SQLite, one query for the list). */
const SELECT = `SELECT d.id, d.kind, d.name, d.printer_id, d.counter_id, d.centre_id, d.display_kind, d.created_at, d.last_seen_at, d.revoked_at,
  (SELECT json_group_array(centre_id ORDER BY position) FROM device_centres WHERE device_id = d.id) AS centre_ids
  FROM devices d`;

function toDevice(r: DeviceRow): DeviceRecord {
  return {
    id: r.id, kind: r.kind, name: r.name, printerId: r.printer_id, counterId: r.counter_id, centreId: r.centre_id, displayKind: r.display_kind,
    centreIds: r.centre_ids ? (JSON.parse(r.centre_ids) as string[]) : [],
    createdAt: r.created_at, lastSeenAt: r.last_seen_at, revokedAt: r.revoked_at,
  };
}

function setCentres(db: Db, deviceId: number, centreIds: readonly string[]): void {
  statement(db, 'DELETE FROM device_centres WHERE device_id = ?').run(deviceId);
  const insert = statement(db, 'INSERT INTO device_centres (device_id, centre_id, position) VALUES (?, ?, ?)');
  centreIds.forEach((centreId, position) => insert.run(deviceId, centreId, position));
}

export function insertDevice(db: Db, d: DeviceFields & { keyHash: string }, now: number): number {
  const id = Number(statement(db, `INSERT INTO devices (kind, name, key_hash, printer_id, counter_id, centre_id, display_kind,
    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(d.kind, d.name, d.keyHash, d.printerId, d.counterId, d.centreId, d.displayKind, now).lastInsertRowid);
  setCentres(db, id, d.centreIds);
  return id;
}

export function updateDevice(db: Db, id: number, d: Omit<DeviceFields, 'kind'>): void {
  statement(db, 'UPDATE devices SET name = ?, printer_id = ?, counter_id = ?, centre_id = ?, display_kind = ? WHERE id = ?')
    .run(d.name, d.printerId, d.counterId, d.centreId, d.displayKind, id);
  setCentres(db, id, d.centreIds);
}

export function setDeviceKey(db: Db, id: number, keyHash: string): void {
  statement(db, 'UPDATE devices SET key_hash = ? WHERE id = ?').run(keyHash, id);
}

/** The active device holding this key. */
export function deviceByKeyHash(db: Db, keyHash: string): DeviceRecord | null {
  const r = statement(db, `${SELECT} WHERE d.key_hash = ? AND d.active = 1`).get(keyHash) as DeviceRow | undefined;
  return r ? toDevice(r) : null;
}

/** Whether this key belonged to a device that was revoked (a replaced key's hash is gone: unknown). */
export function keyOfRevokedDevice(db: Db, keyHash: string): boolean {
  return statement(db, 'SELECT 1 FROM devices WHERE key_hash = ? AND active = 0').get(keyHash) !== undefined;
}

/** Devices in use, oldest first. */
export function listDevices(db: Db): DeviceRecord[] {
  return (statement(db, `${SELECT} WHERE d.active = 1 ORDER BY d.id`).all() as DeviceRow[]).map(toDevice);
}

/** Any device, revoked ones included. */
export function deviceById(db: Db, id: number): DeviceRecord | null {
  const r = statement(db, `${SELECT} WHERE d.id = ?`).get(id) as DeviceRow | undefined;
  return r ? toDevice(r) : null;
}

/**
 * A revoked device's key stops working at once; the row stays for the records (tickets, ratings and
 * events name it). Its counter and centres are let go, so they can be removed later; the audit line
 * keeps what they were.
 */
export function revokeDevice(db: Db, id: number, now: number): void {
  statement(db, 'UPDATE devices SET active = 0, revoked_at = ?, centre_id = NULL, counter_id = NULL WHERE id = ?').run(now, id);
  setCentres(db, id, []);
}

export function touchDevice(db: Db, id: number, at: number): void {
  statement(db, 'UPDATE devices SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)').run(at, id, at);
}

/** Active kiosks that print on this printer. */
export function kiosksUsingPrinter(db: Db, printerId: string): number[] {
  return (statement(db, 'SELECT id FROM devices WHERE active = 1 AND printer_id = ? ORDER BY id').all(printerId) as { id: number }[])
    .map((r) => r.id);
}

/** Active devices tied to this centre (a kiosk offering it, a display showing it). */
export function devicesUsingCentre(db: Db, centreId: string): number[] {
  return (statement(db, `SELECT id FROM devices WHERE active = 1 AND (centre_id = ?
      OR id IN (SELECT device_id FROM device_centres WHERE centre_id = ?)) ORDER BY id`).all(centreId, centreId) as { id: number }[])
    .map((r) => r.id);
}

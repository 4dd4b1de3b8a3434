/**
 * Staff accounts as admins keep them: staff number, role, centre, enabled, pending password change.
 * Logins and sessions read accounts through ./users.
 */
import type { Db } from '../open';
import type { Role } from '../../../protocol/views';
import type { StaffView } from '../../../protocol/admin';
import { statement } from './statement';
import { staffPhotoUrl } from '../../files/staff-photos';

interface StaffRow {
  id: number; username: string; display_name: string; staff_number: string | null; role: Role; centre_id: string | null;
  active: number; must_change_password: number; counter_id: number | null; photo: string | null;
}

const SELECT = `SELECT u.id, u.username, u.display_name, u.staff_number, u.role, u.centre_id, u.active, u.must_change_password, u.photo,
  (SELECT c.id FROM counters c WHERE c.staff_id = u.id AND c.status <> 'closed' ORDER BY c.id LIMIT 1) AS counter_id
  FROM users u`;

function toView(r: StaffRow): StaffView {
  return { id: r.id, username: r.username, displayName: r.display_name, staffNumber: r.staff_number, role: r.role,
    centreId: r.centre_id, active: r.active === 1, mustChangePassword: r.must_change_password === 1, counterId: r.counter_id,
    photo: staffPhotoUrl(r.photo) };
}

export function listStaff(db: Db): StaffView[] {
  return (statement(db, `${SELECT} ORDER BY u.id`).all() as StaffRow[]).map(toView);
}

export function staffById(db: Db, id: number): StaffView | null {
  const r = statement(db, `${SELECT} WHERE u.id = ?`).get(id) as StaffRow | undefined;
  return r ? toView(r) : null;
}

export interface StaffFields {
  username: string;
  displayName: string;
  /** null only for accounts made before staff numbers were kept (the first admin, older demo accounts). */
  staffNumber: string | null;
  role: Role;
  centreId: string | null;
}

export function insertStaff(db: Db, s: StaffFields, passwordHash: string, now: number): number {
  return Number(statement(db, `INSERT INTO users (username, display_name, staff_number, role, centre_id, password_hash,
    must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)`)
    .run(s.username, s.displayName, s.staffNumber, s.role, s.centreId, passwordHash, now).lastInsertRowid);
}

export function updateStaff(db: Db, id: number, s: StaffFields & { active: boolean }): void {
  statement(db, `UPDATE users SET username = ?, display_name = ?, staff_number = ?, role = ?, centre_id = ?, active = ?
    WHERE id = ?`).run(s.username, s.displayName, s.staffNumber, s.role, s.centreId, s.active ? 1 : 0, id);
}

export function setActive(db: Db, id: number, active: boolean): void {
  statement(db, 'UPDATE users SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
}

/** A new password; `mustChange` when the server chose it (a reset), clear when its holder did. */
export function setPassword(db: Db, id: number, passwordHash: string, mustChange: boolean): void {
  statement(db, 'UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?').run(passwordHash, mustChange ? 1 : 0, id);
}

/** Another account (any state) already using this login name or staff number. */
export function staffClash(db: Db, field: 'username' | 'staffNumber', value: string, exceptId: number | null): boolean {
  const sql = field === 'username'
    ? 'SELECT 1 FROM users WHERE username = ? COLLATE NOCASE AND id IS NOT ? LIMIT 1'
    : 'SELECT 1 FROM users WHERE staff_number = ? AND id IS NOT ? LIMIT 1';
  return statement(db, sql).get(value, exceptId) !== undefined;
}

export function activeAdminCount(db: Db): number {
  return (statement(db, "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
}

/** Ends every session of the account (it was disabled or its password reset). */
export function deleteSessionsOf(db: Db, userId: number): void {
  statement(db, 'DELETE FROM sessions WHERE user_id = ?').run(userId);
}

/** A counter other than `counterId` at which the user is logged in (open or paused), if any. */
export function otherCounterOf(db: Db, userId: number, counterId: number): number | null {
  const r = statement(db, "SELECT id FROM counters WHERE staff_id = ? AND status <> 'closed' AND id <> ? ORDER BY id LIMIT 1")
    .get(userId, counterId) as { id: number } | undefined;
  return r?.id ?? null;
}

export function centreExists(db: Db, centreId: string): boolean {
  return statement(db, 'SELECT 1 FROM centres WHERE id = ?').get(centreId) !== undefined;
}

/** The file name of the account's photo (under DATA_DIR/staff-photos), or null without one. */
export function staffPhotoFile(db: Db, id: number): string | null {
  const r = statement(db, 'SELECT photo FROM users WHERE id = ?').get(id) as { photo: string | null } | undefined;
  return r?.photo ?? null;
}

export function setStaffPhoto(db: Db, id: number, fileName: string | null): void {
  statement(db, 'UPDATE users SET photo = ? WHERE id = ?').run(fileName, id);
}

/** The file name of every photo an account names (any other file in the folder is a leftover). */
export function allStaffPhotoFiles(db: Db): string[] {
  return (statement(db, 'SELECT photo FROM users WHERE photo IS NOT NULL').all() as { photo: string }[]).map((r) => r.photo);
}

import type { Db } from '../open';
import { statement } from './statement';
import type { Role, UserView } from '../../../protocol/views';

export interface UserRecord extends UserView {
  passwordHash: string;
  active: boolean;
  mustChangePassword: boolean;
}

interface UserRow {
  id: number; username: string; display_name: string; role: Role; password_hash: string; active: number; must_change_password: number;
}

function toUser(r: UserRow): UserRecord {
  return { id: r.id, username: r.username, displayName: r.display_name, role: r.role, passwordHash: r.password_hash,
    active: r.active === 1, mustChangePassword: r.must_change_password === 1 };
}

export function userByName(db: Db, username: string): UserRecord | null {
  // Names are case-insensitive: "Admin" and "admin" are one account.
  const r = statement(db, 'SELECT * FROM users WHERE username = ? COLLATE NOCASE ORDER BY id LIMIT 1').get(username.trim()) as UserRow | undefined;
  return r ? toUser(r) : null;
}

export function userById(db: Db, id: number): UserRecord | null {
  const r = statement(db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return r ? toUser(r) : null;
}

export function insertUser(db: Db, u: { username: string; displayName: string; role: Role; passwordHash: string;
  staffNumber?: string; centreId?: string | null }, now: number): number {
  return Number(statement(db, `INSERT INTO users (username, display_name, role, password_hash, staff_number, centre_id, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(u.username, u.displayName, u.role, u.passwordHash, u.staffNumber ?? null, u.centreId ?? null,
    now).lastInsertRowid);
}

export function insertSession(db: Db, tokenHash: string, userId: number, now: number, expiresAt: number): void {
  statement(db, 'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
    .run(tokenHash, userId, now, expiresAt);
}

/** The user of a live session and when the session ends. */
export function sessionUser(db: Db, tokenHash: string, now: number): { user: UserRecord; expiresAt: number } | null {
  const r = statement(db, `SELECT u.*, s.expires_at AS session_expires_at FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1`).get(tokenHash, now) as
    (UserRow & { session_expires_at: number }) | undefined;
  return r ? { user: toUser(r), expiresAt: r.session_expires_at } : null;
}

export function deleteSession(db: Db, tokenHash: string): void {
  statement(db, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

/**
 * A staff member's login over HTTP, shared by the counter desk and the admin console: log in, choose a
 * new password when the server asks for one (an account made or reset by an admin), log out. The token
 * then opens the hall stream; nothing here keeps it (each page decides where its session lives).
 */
import type { UserView } from '../protocol/views';
import { isResult } from '../protocol/client/hall-socket';
import { refusalOf, type Outcome } from './command-outcome';

export interface StaffLogin {
  token: string;
  user: UserView;
  /** The password was set by an admin: only auth.changePassword is accepted until a new one is chosen. */
  mustChangePassword: boolean;
}

async function post(path: string, body: unknown, token?: string): Promise<Outcome<unknown>> {
  let answer: unknown;
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    answer = await response.json();
  } catch {
    return { kind: 'unanswered' };
  }
  if (!isResult<unknown>(answer)) return { kind: 'error', code: 'INTERNAL' };
  if (!answer.ok) return refusalOf(answer.error);
  return { kind: 'ok', data: answer.data };
}

export async function logIn(username: string, password: string): Promise<Outcome<StaffLogin>> {
  const outcome = await post('/api/auth/login', { username, password });
  if (outcome.kind !== 'ok') return outcome;
  const login = staffLoginFrom(outcome.data);
  return login ? { kind: 'ok', data: login } : { kind: 'error', code: 'INTERNAL' };
}

/** auth.changePassword over HTTP: the one command a session with a pending change may send. */
export async function changePassword(token: string, currentPassword: string, newPassword: string): Promise<Outcome<unknown>> {
  return post('/api/auth/password', { currentPassword, newPassword }, token);
}

/** Ends the session on the server too (best effort: the page forgets the token either way). */
export async function logOut(token: string): Promise<void> {
  try {
    await fetch('/api/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  } catch {
    // Offline: the session expires on the server by itself.
  }
}

/** The login answer (or a stored copy of it) checked field by field: nothing from outside is trusted blindly. */
export function staffLoginFrom(data: unknown): StaffLogin | null {
  if (typeof data !== 'object' || data === null || !('token' in data) || !('user' in data)) return null;
  const { token, user } = data;
  const mustChangePassword = 'mustChangePassword' in data && data.mustChangePassword === true;
  if (typeof token !== 'string' || typeof user !== 'object' || user === null) return null;
  if (!('id' in user) || !('username' in user) || !('displayName' in user) || !('role' in user)) return null;
  const { id, username, displayName, role } = user;
  if (typeof id !== 'number' || typeof username !== 'string' || typeof displayName !== 'string') return null;
  if (role !== 'admin' && role !== 'supervisor' && role !== 'staff') return null;
  return { token, user: { id, username, displayName, role }, mustChangePassword };
}

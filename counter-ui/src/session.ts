/**
 * The staff session of this browser tab: the token from POST /api/auth/login, kept in sessionStorage so
 * it dies with the tab (a shared counter PC must not keep the previous person logged in).
 */
import type { ErrorCode } from '../../protocol/errors';
import type { UserView } from '../../protocol/views';
import { isResult } from '../../protocol/client/hall-socket';

const TOKEN_KEY = 'hall.staffToken';
const USER_KEY = 'hall.staffUser';
const COUNTER_KEY = 'hall.counterId';

export interface StaffSession {
  token: string;
  user: UserView;
}

export type LoginOutcome = { kind: 'ok'; session: StaffSession } | { kind: 'error'; code: ErrorCode } | { kind: 'unanswered' };

export async function logIn(username: string, password: string): Promise<LoginOutcome> {
  let answer: unknown;
  try {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    answer = await response.json();
  } catch {
    return { kind: 'unanswered' };
  }
  if (!isResult<unknown>(answer)) return { kind: 'error', code: 'INTERNAL' };
  if (!answer.ok) return { kind: 'error', code: answer.error.code };
  const session = sessionFrom(answer.data);
  if (!session) return { kind: 'error', code: 'INTERNAL' };
  saveSession(session);
  return { kind: 'ok', session };
}

/** Ends the session on the server too (best effort: the tab forgets the token either way). */
export async function logOut(token: string): Promise<void> {
  try {
    await fetch('/api/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  } catch {
    // Offline: the session expires on the server by itself.
  }
}

export function loadSession(): StaffSession | null {
  try {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const user = sessionStorage.getItem(USER_KEY);
    if (!token || !user) return null;
    return sessionFrom({ token, user: JSON.parse(user) });
  } catch {
    return null;
  }
}

export function saveSession(session: StaffSession): void {
  sessionStorage.setItem(TOKEN_KEY, session.token);
  sessionStorage.setItem(USER_KEY, JSON.stringify(session.user));
}

export function clearSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
  sessionStorage.removeItem(COUNTER_KEY);
}

/** The counter this tab works at, so a reload returns to the desk. */
export function loadCounterId(): number | null {
  const value = Number(sessionStorage.getItem(COUNTER_KEY));
  return Number.isInteger(value) && value > 0 ? value : null;
}

export function saveCounterId(counterId: number | null): void {
  if (counterId === null) sessionStorage.removeItem(COUNTER_KEY);
  else sessionStorage.setItem(COUNTER_KEY, String(counterId));
}

function sessionFrom(data: unknown): StaffSession | null {
  if (typeof data !== 'object' || data === null || !('token' in data) || !('user' in data)) return null;
  const { token, user } = data;
  if (typeof token !== 'string' || typeof user !== 'object' || user === null) return null;
  if (!('id' in user) || !('username' in user) || !('displayName' in user) || !('role' in user)) return null;
  const { id, username, displayName, role } = user;
  if (typeof id !== 'number' || typeof username !== 'string' || typeof displayName !== 'string') return null;
  if (role !== 'admin' && role !== 'supervisor' && role !== 'staff') return null;
  return { token, user: { id, username, displayName, role } };
}

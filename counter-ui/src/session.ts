/**
 * The staff session of this browser tab: the token from POST /api/auth/login, kept in sessionStorage so
 * it dies with the tab (a shared counter PC must not keep the previous person logged in).
 */
import { staffLoginFrom, type StaffLogin } from '../../ui-kit/staff-auth';

export { logOut } from '../../ui-kit/staff-auth';

const TOKEN_KEY = 'hall.staffToken';
const USER_KEY = 'hall.staffUser';
const COUNTER_KEY = 'hall.counterId';
const CHANGE_KEY = 'hall.mustChangePassword';

/** `mustChangePassword`: an admin set the password; the desk asks for a new one before anything else. */
export type StaffSession = StaffLogin;

export function loadSession(): StaffSession | null {
  try {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const user = sessionStorage.getItem(USER_KEY);
    if (!token || !user) return null;
    return staffLoginFrom({ token, user: JSON.parse(user), mustChangePassword: sessionStorage.getItem(CHANGE_KEY) === '1' });
  } catch {
    return null;
  }
}

export function saveSession(session: StaffSession): void {
  sessionStorage.setItem(TOKEN_KEY, session.token);
  sessionStorage.setItem(USER_KEY, JSON.stringify(session.user));
  if (session.mustChangePassword) sessionStorage.setItem(CHANGE_KEY, '1');
  else sessionStorage.removeItem(CHANGE_KEY);
}

export function clearSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
  sessionStorage.removeItem(COUNTER_KEY);
  sessionStorage.removeItem(CHANGE_KEY);
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

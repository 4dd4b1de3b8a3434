/**
 * The console's session in this browser tab: the login answer kept in sessionStorage, so it dies with the
 * tab (an office PC must not keep the previous administrator logged in) but survives a reload.
 */
import { staffLoginFrom, type StaffLogin } from '../../ui-kit/staff-auth';

const KEY = 'hall.adminSession';

export function loadSession(): StaffLogin | null {
  try {
    const stored = sessionStorage.getItem(KEY);
    return stored ? staffLoginFrom(JSON.parse(stored)) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: StaffLogin): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

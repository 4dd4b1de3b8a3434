/**
 * Staff login: scrypt-checked passwords, random session tokens (only their hash is stored), and a
 * limit on failed attempts per user name and address together (./login-throttle) so a password cannot
 * be guessed at speed and nobody can lock a colleague out from another machine.
 */
import type { Db } from '../db/open';
import type { UserView } from '../../protocol/views';
import type { ErrorCode } from '../../protocol/errors';
import type { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import { hashSecret, newSecret } from './tokens';
import { deleteSession, insertSession, userByName } from '../db/queries/users';

const SESSION_MS = 12 * 60 * 60 * 1000;

/** `mustChangePassword`: the session may only send auth.changePassword until a new password is chosen. */
export type LoginResult = { ok: true; token: string; user: UserView; mustChangePassword: boolean } | { ok: false; code: ErrorCode };

export class LoginService {
  private readonly logoutListeners: ((token: string) => void)[] = [];

  constructor(private readonly db: Db, private readonly throttle: LoginThrottle) {}

  /** Lets the socket transport drop connections that used a session that just ended. */
  onLogout(listener: (token: string) => void): void {
    this.logoutListeners.push(listener);
  }

  login(username: string, password: string, address: string, now: number): LoginResult {
    if (!this.throttle.allows(username, address, now)) return { ok: false, code: 'LOGIN_LOCKED' };
    const user = userByName(this.db, username);
    // Hash even for unknown users, so response time does not reveal which names exist.
    const valid = verifyPassword(password, user?.passwordHash ?? DUMMY_HASH) && !!user && user.active;
    if (!valid || !user) {
      this.throttle.failed(username, address, now);
      return { ok: false, code: 'INVALID_CREDENTIALS' };
    }
    this.throttle.succeeded(username, address);
    const token = newSecret(32);
    insertSession(this.db, hashSecret(token), user.id, now, now + SESSION_MS);
    return { ok: true, token, user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
      mustChangePassword: user.mustChangePassword };
  }

  logout(token: string): void {
    deleteSession(this.db, hashSecret(token));
    for (const listener of this.logoutListeners) listener(token);
  }
}

// scrypt hash of a random throwaway password, used only to spend equal time on unknown names.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

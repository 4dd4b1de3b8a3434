/**
 * The first admin account. Its password comes from INITIAL_ADMIN_PASSWORD or is generated, printed once
 * by the caller, and stored only as a scrypt hash. A generated password has passed through the start log
 * (and whatever keeps that log), so like any password someone else chose it must be replaced at the first
 * login before anything else works.
 */
import type { Db } from '../db/open';
import { hashPassword } from '../auth/password';
import { t } from '../../protocol/catalog';
import { newSecret } from '../auth/tokens';
import { insertUser, userByName } from '../db/queries/users';
import { setPassword } from '../db/queries/staff';

export interface AdminBootstrap {
  created: boolean;
  /** The plain password, only when it was generated now. */
  generatedPassword: string | null;
}

export function ensureAdmin(db: Db, initialPassword: string | null, now: number): AdminBootstrap {
  if (userByName(db, 'admin')) return { created: false, generatedPassword: null };
  const password = initialPassword ?? newSecret(12);
  const hash = hashPassword(password);
  const id = insertUser(db, { username: 'admin', displayName: t('user.adminName'), role: 'admin', passwordHash: hash }, now);
  if (!initialPassword) setPassword(db, id, hash, true);
  return { created: true, generatedPassword: initialPassword ? null : password };
}

/**
 * auth.changePassword — staff choose their own password: at first login, after a reset, or whenever
 * they like. It is the one command a session with a pending change may send.
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { userById } from '../db/queries/users';
import { setPassword } from '../db/queries/staff';
import { hashPassword, verifyPassword } from '../auth/password';
import { userIdOf } from './counter-access';
import { fail } from './errors';
import { audit } from './audit';

export const authChangePassword: CommandDef<'auth.changePassword'> = {
  name: 'auth.changePassword',
  permits: STAFF_ROLES,
  administrative: true,
  run(ctx, { currentPassword, newPassword }) {
    const userId = userIdOf(ctx);
    const user = userById(ctx.db, userId) ?? fail('UNAUTHENTICATED');
    if (!verifyPassword(currentPassword, user.passwordHash)) fail('INVALID_CREDENTIALS', ['currentPassword']);
    // A one-time password kept as the new one would still be known to the admin who read it out.
    if (newPassword === currentPassword) fail('BAD_REQUEST', ['newPassword']);
    setPassword(ctx.db, userId, hashPassword(newPassword), false);
    ctx.outbox.userChanged(userId);
    audit(ctx, `staff:${userId}`, { mustChangePassword: user.mustChangePassword }, { mustChangePassword: false, passwordChanged: true });
    return { changed: true };
  },
};

/**
 * Staff accounts, for admins (supervisors may read them): create with a one-time password, edit, reset
 * the password, disable. An account is never deleted, so tickets, ratings and the audit trail keep
 * naming the person. The hall always keeps an active admin, and nobody can lock themselves out.
 */
import type { StaffView } from '../../protocol/admin';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import type { StaffFields } from '../db/queries/staff';
import {
  activeAdminCount, centreExists, deleteSessionsOf, insertStaff, listStaff, setActive, setPassword, staffById, staffClash, updateStaff,
} from '../db/queries/staff';
import { hashPassword, newOneTimePassword } from '../auth/password';
import { fail } from './errors';
import { audit } from './audit';

function found(ctx: CommandContext, id: number): StaffView {
  return staffById(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
}

/** Refuses a login name or staff number another account has, and a centre that does not exist. */
function checkFields(ctx: CommandContext, fields: StaffFields, exceptId: number | null): void {
  if (staffClash(ctx.db, 'username', fields.username, exceptId)) fail('ALREADY_EXISTS', ['username']);
  if (fields.staffNumber !== null && staffClash(ctx.db, 'staffNumber', fields.staffNumber, exceptId)) {
    fail('ALREADY_EXISTS', ['staffNumber']);
  }
  if (fields.centreId !== null && !centreExists(ctx.db, fields.centreId)) fail('BAD_REQUEST', ['centreId']);
}

/**
 * A change that takes admin rights or the account away: never from the caller's own account, and never
 * from the hall's last active admin.
 */
function checkLockout(ctx: CommandContext, before: StaffView, after: { role: StaffView['role']; active: boolean }): void {
  const losesAdmin = before.active && before.role === 'admin' && (after.role !== 'admin' || !after.active);
  const selfHarm = ctx.actor.kind === 'user' && ctx.actor.userId === before.id
    && (!after.active || after.role !== before.role);
  if (losesAdmin && activeAdminCount(ctx.db) <= 1) fail('LAST_ADMIN', [after.active ? 'role' : 'active']);
  if (selfHarm) fail('SELF_LOCKOUT', [after.active ? 'role' : 'active']);
}

function endSessions(ctx: CommandContext, id: number): void {
  deleteSessionsOf(ctx.db, id);
  ctx.outbox.userSessionsEnded(id);
}

export const staffList: CommandDef<'staff.list'> = {
  name: 'staff.list',
  permits: ['admin', 'supervisor'],
  run(ctx) {
    return listStaff(ctx.db);
  },
};

export const staffGet: CommandDef<'staff.get'> = {
  name: 'staff.get',
  permits: ['admin', 'supervisor'],
  run(ctx, { id }) {
    return found(ctx, id);
  },
};

export const staffCreate: CommandDef<'staff.create'> = {
  name: 'staff.create',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    const fields: StaffFields = { ...input, centreId: input.centreId ?? null };
    checkFields(ctx, fields, null);
    const oneTimePassword = newOneTimePassword();
    const id = insertStaff(ctx.db, fields, hashPassword(oneTimePassword), ctx.now);
    const staff = found(ctx, id);
    // The audit line never holds the password.
    audit(ctx, `staff:${id}`, null, staff);
    return { staff, oneTimePassword };
  },
};

export const staffUpdate: CommandDef<'staff.update'> = {
  name: 'staff.update',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id, ...changes }) {
    const before = found(ctx, id);
    const next = {
      username: changes.username ?? before.username,
      displayName: changes.displayName ?? before.displayName,
      staffNumber: changes.staffNumber ?? before.staffNumber,
      role: changes.role ?? before.role,
      centreId: changes.centreId === undefined ? before.centreId : changes.centreId,
      active: changes.active ?? before.active,
    };
    checkFields(ctx, next, id);
    checkLockout(ctx, before, next);
    updateStaff(ctx.db, id, next);
    if (before.active && !next.active) endSessions(ctx, id);
    else ctx.outbox.userChanged(id);
    const after = found(ctx, id);
    audit(ctx, `staff:${id}`, before, after);
    return after;
  },
};

export const staffRemove: CommandDef<'staff.remove'> = {
  name: 'staff.remove',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id }) {
    const before = found(ctx, id);
    checkLockout(ctx, before, { role: before.role, active: false });
    setActive(ctx.db, id, false);
    endSessions(ctx, id);
    const after = found(ctx, id);
    audit(ctx, `staff:${id}`, before, after);
    return after;
  },
};

export const staffResetPassword: CommandDef<'staff.resetPassword'> = {
  name: 'staff.resetPassword',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id }) {
    const before = found(ctx, id);
    const oneTimePassword = newOneTimePassword();
    setPassword(ctx.db, id, hashPassword(oneTimePassword), true);
    // Whoever knew the old password is logged out everywhere.
    endSessions(ctx, id);
    const staff = found(ctx, id);
    audit(ctx, `staff:${id}`, { mustChangePassword: before.mustChangePassword }, { mustChangePassword: true, passwordReset: true });
    return { staff, oneTimePassword };
  },
};

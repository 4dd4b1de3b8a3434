/**
 * Staff accounts, matched by login name: an existing account is updated, a new one is created with a
 * one-time password (passwords never travel in the file). Accounts the file does not name stay.
 */
import type { ConfigSection } from './section';
import { staffCreate, staffList, staffUpdate } from '../commands/admin-staff';

export const staffSection: ConfigSection<'staff'> = {
  key: 'staff',
  read: (ctx) => staffList.run(ctx, {}).map((s) => ({
    username: s.username, displayName: s.displayName, staffNumber: s.staffNumber, role: s.role, centreId: s.centreId, active: s.active,
  })),
  apply(ctx, accounts, state) {
    const byName = new Map(staffList.run(ctx, {}).map((s) => [s.username, s.id]));
    let applied = 0;
    accounts.forEach((account, i) => {
      const path = `staff.${i}`;
      const id = byName.get(account.username);
      const { staffNumber, active, ...rest } = account;
      if (id !== undefined) {
        if (state.runner.run(path, staffUpdate, { id, ...rest, active, ...(staffNumber === null ? {} : { staffNumber }) })) applied += 1;
        return;
      }
      if (staffNumber === null) {
        // A new account needs its 工号: accounts without one predate staff numbers and exist already.
        state.runner.problems.push({ path: `${path}.staffNumber`, reason: 'BAD_REQUEST' });
        return;
      }
      const created = state.runner.run(path, staffCreate, { ...rest, staffNumber });
      if (!created) return;
      applied += 1;
      state.newAccounts.push({ username: created.staff.username, oneTimePassword: created.oneTimePassword });
      if (!active) state.runner.run(path, staffUpdate, { id: created.staff.id, active: false });
    });
    return applied;
  },
};

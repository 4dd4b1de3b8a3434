/**
 * Staff accounts, matched by login name: an existing account is updated, a new one is created with a
 * one-time password (passwords never travel in the file). Accounts the file does not name stay. A photo
 * travels as a data URL and is stored again (a new name, judged by its bytes) as staff.setPhoto does.
 */
import type { CommandContext } from '../commands/context';
import type { ConfigSection } from './section';
import { staffCreate, staffList, staffUpdate } from '../commands/admin-staff';
import { staffSetPhoto } from '../commands/admin-staff-photo';
import { staffPhotoFile } from '../db/queries/staff';
import { sampleTypeOf } from '../guides/sample-type';

/** The account's photo as a data URL, or null without one (or when its file is gone). */
function photoContent(ctx: CommandContext, id: number): string | null {
  const name = staffPhotoFile(ctx.db, id);
  const bytes = name === null ? null : ctx.staffPhotos.read(name);
  const type = bytes === null ? null : sampleTypeOf(bytes);
  return bytes === null || type === null ? null : `data:${type};base64,${bytes.toString('base64')}`;
}

export const staffSection: ConfigSection<'staff'> = {
  key: 'staff',
  read: (ctx) => staffList.run(ctx, {}).map((s) => ({
    username: s.username, displayName: s.displayName, staffNumber: s.staffNumber, role: s.role, centreId: s.centreId, active: s.active,
    photo: photoContent(ctx, s.id),
  })),
  apply(ctx, accounts, state) {
    const byName = new Map(staffList.run(ctx, {}).map((s) => [s.username, s.id]));
    let applied = 0;
    accounts.forEach((account, i) => {
      const path = `staff.${i}`;
      const id = byName.get(account.username);
      const { staffNumber, active, photo, ...rest } = account;
      // Left out, or none where there is none: nothing to do (and nothing to audit).
      const setPhoto = (accountId: number): boolean => photo === undefined || (photo === null && staffPhotoFile(ctx.db, accountId) === null)
        || state.runner.run(path, staffSetPhoto, { id: accountId, content: photo }, { content: 'photo' }) !== null;
      if (id !== undefined) {
        if (state.runner.run(path, staffUpdate, { id, ...rest, active, ...(staffNumber === null ? {} : { staffNumber }) })
          && setPhoto(id)) applied += 1;
        return;
      }
      if (staffNumber === null) {
        // A new account needs its 工号: accounts without one predate staff numbers and exist already.
        state.runner.problems.push({ path: `${path}.staffNumber`, reason: 'BAD_REQUEST' });
        return;
      }
      const created = state.runner.run(path, staffCreate, { ...rest, staffNumber });
      if (!created || !setPhoto(created.staff.id)) return;
      applied += 1;
      state.newAccounts.push({ username: created.staff.username, oneTimePassword: created.oneTimePassword });
      if (!active) state.runner.run(path, staffUpdate, { id: created.staff.id, active: false });
    });
    return applied;
  },
};

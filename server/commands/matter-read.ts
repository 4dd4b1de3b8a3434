/**
 * Reading a matter: staff by its number alone (matter.get); anyone by its number and the last digits of
 * the phone it was recorded with (matter.lookup, GET /api/cases/lookup). An unknown number and a wrong
 * tail answer the same MATTER_NOT_FOUND after the same work, and both count as a miss of the caller;
 * past the misses allowed the caller is answered RATE_LIMITED for a while (../matters/lookup-misses.ts).
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { matterByNumber } from '../db/queries/matters';
import { matterPublicView, matterView } from '../matters/matter-view';
import { NO_MATTER_HASH, phoneTailMatches } from '../matters/phone-tail';
import { missKeyOf } from '../matters/lookup-misses';
import { fail } from './errors';

export const matterGet: CommandDef<'matter.get'> = {
  name: 'matter.get',
  permits: STAFF_ROLES,
  run(ctx, { number }) {
    const record = matterByNumber(ctx.db, number) ?? fail('MATTER_NOT_FOUND', ['number']);
    return matterView(ctx.db, record);
  },
};

export const matterLookup: CommandDef<'matter.lookup'> = {
  name: 'matter.lookup',
  permits: ['everyone'],
  run(ctx, { number, phoneTail }) {
    const key = missKeyOf(ctx.actor);
    if (ctx.matterMisses.blocked(key, ctx.now)) fail('RATE_LIMITED');
    const record = matterByNumber(ctx.db, number);
    const matches = phoneTailMatches(phoneTail, record?.phoneTailHash ?? NO_MATTER_HASH);
    if (!record || !matches) {
      ctx.matterMisses.hit(key, ctx.now);
      return fail('MATTER_NOT_FOUND');
    }
    return matterPublicView(ctx.db, record);
  },
};

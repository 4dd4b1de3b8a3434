/** Moving a matter on (补正 with materials, back to 受理, 办结, 不予受理 with a reason): any staff member who has its number, audited. */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { moveRefusal } from '../../protocol/matter-flow';
import { insertMatterStep, matterByNumber, setMatterState } from '../db/queries/matters';
import { matterView } from '../matters/matter-view';
import { checkedDetail, staffUserId } from './matter-detail';
import { fail } from './errors';

export const matterMove: CommandDef<'matter.move'> = {
  name: 'matter.move',
  permits: STAFF_ROLES,
  administrative: true,
  run(ctx, input) {
    const userId = staffUserId(ctx);
    const record = matterByNumber(ctx.db, input.number) ?? fail('MATTER_NOT_FOUND', ['number']);
    const refused = moveRefusal(record.state, input.state);
    if (refused) fail(refused);
    const detail = checkedDetail(input.state, input);
    setMatterState(ctx.db, record.id, input.state, ctx.now);
    insertMatterStep(ctx.db, { matterId: record.id, at: ctx.now, userId, state: input.state, ...detail });
    ctx.audit(`matter:${record.number}`, { state: record.state }, { state: input.state, ...detail });
    return matterView(ctx.db, { ...record, state: input.state });
  },
};

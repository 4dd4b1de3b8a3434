import type { CommandDef } from './define';
import { portalServices } from '../views/portal';
import { allBoards } from './admin-boards';

/**
 * portal.services — public (the portal at /portal/, read from home by anyone): the centres, services,
 * today's waiting, hours over the coming two weeks, the calendar and the 政务公开 boards in one answer.
 */
export const portalServicesRead: CommandDef<'portal.services'> = {
  name: 'portal.services',
  permits: ['everyone'],
  run(ctx) {
    return portalServices(ctx.db, ctx.settings, ctx.today, ctx.now, allBoards(ctx.db));
  },
};

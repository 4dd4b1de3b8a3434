import type { CommandDef } from './define';
import { listCentres } from '../db/queries/hall';
import { serviceViews } from '../views/snapshot';
import { serviceLoads } from '../views/service-load';

/** service.list — public: the centres, their services and current loads (phone pages read names here). */
export const serviceList: CommandDef<'service.list'> = {
  name: 'service.list',
  permits: ['everyone'],
  run(ctx) {
    return {
      centres: listCentres(ctx.db),
      services: serviceViews(ctx.db, ctx.today),
      loads: serviceLoads(ctx.db, ctx.today, ctx.now, ctx.settings),
    };
  },
};

import type { CommandDef } from './define';
import { guideOf } from '../db/queries/guides';
import { serviceById } from '../db/queries/hall';
import { fail } from './errors';

/** service.guide — the 办理指南 of a service: public information (政务公开), readable by anyone. */
export const serviceGuide: CommandDef<'service.guide'> = {
  name: 'service.guide',
  permits: ['everyone'],
  run(ctx, { serviceId }) {
    serviceById(ctx.db, serviceId) ?? fail('SERVICE_NOT_FOUND');
    return guideOf(ctx.db, serviceId) ?? fail('NOT_FOUND');
  },
};

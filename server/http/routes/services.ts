import { Router } from 'express';
import type { Db } from '../../db/open';
import type { Clock } from '../../commands/context';
import type { HallSettings } from '../../hall/settings';
import { businessDay } from '../../queue';
import { listCentres } from '../../db/queries/hall';
import { serviceViews } from '../../views/snapshot';
import { serviceLoads } from '../../views/service-load';
import { sendResult } from '../respond';

/** GET /api/services — public: the centres, their services and current loads. */
export function servicesRouter(db: Db, settings: HallSettings, clock: Clock): Router {
  const router = Router();
  router.get('/api/services', (_req, res) => {
    const now = clock.now();
    sendResult(res, {
      ok: true,
      data: {
        centres: listCentres(db),
        services: serviceViews(db),
        loads: serviceLoads(db, businessDay(now, settings.timezone), now, settings.timezone),
      },
    });
  });
  return router;
}

/**
 * Device keys (kiosk, display, rating pad) are issued by an admin; the key is shown once and only its
 * hash is kept.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/open';
import type { Clock } from '../../commands/context';
import { actorOf } from '../actor-middleware';
import { sendError, sendResult } from '../respond';
import { invalidFields } from '../../commands/validation';
import { issueDeviceKey } from '../../auth/devices';
import { listDevices } from '../../db/queries/users';

const deviceSchema = z.strictObject({
  kind: z.enum(['kiosk', 'display', 'rating-pad']),
  name: z.string().min(1).max(64),
  printerId: z.string().min(1).max(64).nullable().optional(),
  counterId: z.number().int().min(1).max(9999).nullable().optional(),
});

export function devicesRouter(db: Db, clock: Clock): Router {
  const router = Router();
  router.use('/api/devices', (_req, res, next) => {
    const actor = actorOf(res);
    if (actor.kind === 'anonymous') return sendError(res, 'UNAUTHENTICATED');
    if (actor.kind !== 'user' || actor.role !== 'admin') return sendError(res, 'FORBIDDEN');
    next();
  });
  router.get('/api/devices', (_req, res) => sendResult(res, { ok: true, data: listDevices(db) }));
  router.post('/api/devices', (req, res) => {
    const parsed = deviceSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendError(res, 'BAD_REQUEST', invalidFields(parsed.error));
    const { kind, name } = parsed.data;
    const created = issueDeviceKey(db, { kind, name, printerId: parsed.data.printerId ?? null,
      counterId: parsed.data.counterId ?? null }, clock.now());
    sendResult(res, { ok: true, data: created });
  });
  return router;
}

/**
 * The hall's own texts and rules, for admins: the name printed on slips and displays (Chinese and
 * Mongolian), the complaint phone, the late-return rule, the priority reasons offered at the kiosk and
 * the per-device issuing limit. A change is stored and applies at once; hall clients see it at their
 * next snapshot.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/open';
import type { HallSettings } from '../../hall/settings';
import { storeHallSettings } from '../../hall/settings';
import { PRIORITY_REASONS } from '../../../protocol/views';
import { actorOf } from '../actor-middleware';
import { sendError, sendResult } from '../respond';
import { invalidFields } from '../../commands/validation';

const settingsSchema = z.strictObject({
  name: z.string().trim().min(2).max(40),
  nameMn: z.string().trim().max(120).regex(/^[\u1800-\u18AF\u202F\u180E\s]*$/),
  complaintPhone: z.string().regex(/^[0-9-]{3,20}$/),
  lateReturn: z.enum(['none', 'requeue-once']),
  priorityReasons: z.array(z.enum(PRIORITY_REASONS)).max(PRIORITY_REASONS.length),
  issuePerMinute: z.number().int().min(1).max(600),
});

function stored(s: HallSettings): z.infer<typeof settingsSchema> {
  return { name: s.name, nameMn: s.nameMn, complaintPhone: s.complaintPhone, lateReturn: s.lateReturn,
    priorityReasons: [...s.priorityReasons], issuePerMinute: s.issuePerMinute };
}

export function hallSettingsRouter(db: Db, settings: HallSettings): Router {
  const router = Router();
  router.use('/api/settings', (_req, res, next) => {
    const actor = actorOf(res);
    if (actor.kind === 'anonymous') return sendError(res, 'UNAUTHENTICATED');
    if (actor.kind !== 'user' || actor.role !== 'admin') return sendError(res, 'FORBIDDEN');
    next();
  });
  router.get('/api/settings', (_req, res) => sendResult(res, { ok: true, data: stored(settings) }));
  router.put('/api/settings', (req, res) => {
    const parsed = settingsSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendError(res, 'BAD_REQUEST', invalidFields(parsed.error));
    const next = { ...parsed.data, priorityReasons: [...new Set(parsed.data.priorityReasons)] };
    storeHallSettings(db, next);
    // The command bus, the views and the printers read this same object: the change applies at once.
    Object.assign(settings, next);
    sendResult(res, { ok: true, data: stored(settings) });
  });
  return router;
}

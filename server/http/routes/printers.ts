/**
 * Printer configuration for admins: list with current state, and save one printer (network address,
 * device path, `simulated` or `none`; paper width). The printer manager reads the list at start, so a
 * change takes effect at the next restart (docs/PRINTERS.md).
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/open';
import type { PrinterStatusPort } from '../../commands/context';
import { actorOf } from '../actor-middleware';
import { sendError, sendResult } from '../respond';
import { invalidFields } from '../../commands/validation';
import { listPrinters, savePrinter } from '../../db/queries/printing';
import { isPrinterUrl } from '../../../printers';

const printerSchema = z.strictObject({
  name: z.string().min(1).max(64),
  url: z.string().min(1).max(256).refine(isPrinterUrl),
  paperWidth: z.union([z.literal(58), z.literal(80)]),
});
const printerId = z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9-]*$/);

export function printersRouter(db: Db, printers: PrinterStatusPort): Router {
  const router = Router();
  router.use('/api/printers', (_req, res, next) => {
    const actor = actorOf(res);
    if (actor.kind === 'anonymous') return sendError(res, 'UNAUTHENTICATED');
    if (actor.kind !== 'user' || actor.role === 'staff') return sendError(res, 'FORBIDDEN');
    next();
  });
  router.get('/api/printers', (_req, res) => {
    const states = new Map(printers.views().map((v) => [v.printerId, v]));
    sendResult(res, { ok: true, data: listPrinters(db).map((p) => ({ ...p, status: states.get(p.id) ?? null })) });
  });
  router.put('/api/printers/:id', (req, res) => {
    const actor = actorOf(res);
    if (actor.kind !== 'user' || actor.role !== 'admin') return sendError(res, 'FORBIDDEN');
    const id = printerId.safeParse(req.params.id);
    const body = printerSchema.safeParse(req.body ?? {});
    if (!id.success) return sendError(res, 'BAD_REQUEST', ['id']);
    if (!body.success) return sendError(res, 'BAD_REQUEST', invalidFields(body.error));
    savePrinter(db, { id: id.data, ...body.data });
    sendResult(res, { ok: true, data: { id: id.data, ...body.data, appliesAfterRestart: true } });
  });
  return router;
}

/**
 * counter.transfer (转移) — sends the ticket in hand to another service (any centre) or to one
 * counter; the resident keeps their original arrival time and so their place.
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { transfer } from '../queue';
import { counterById, serviceById } from '../db/queries/hall';
import { fail, must } from './errors';
import { myCounter, requireCurrentTicket } from './counter-access';
import { recordTransition } from './persist';
import { buildCounterState } from './desk';

export const counterTransfer: CommandDef<'counter.transfer'> = {
  name: 'counter.transfer',
  permits: STAFF_ROLES,
  run(ctx, { counterId, toServiceId, toCounterId }) {
    myCounter(ctx, counterId);
    const ticket = requireCurrentTicket(ctx, counterId);
    const target = toCounterId !== undefined ? counterById(ctx.db, toCounterId) ?? fail('TRANSFER_TARGET_INVALID') : null;
    // A disabled counter is never opened again: a ticket sent there would wait for nobody.
    if (target && (target.id === counterId || !target.enabled)) fail('TRANSFER_TARGET_INVALID');
    const serviceId = toServiceId ?? (target && target.serviceIds.includes(ticket.serviceId)
      ? ticket.serviceId : target?.serviceIds[0]);
    const service = serviceId !== undefined ? serviceById(ctx.db, serviceId) : null;
    if (!service) fail('TRANSFER_TARGET_INVALID');
    if (target && !target.serviceIds.includes(service.id)) fail('COUNTER_NOT_SERVING_SERVICE');

    const fromService = ticket.serviceId;
    const tr = must(transfer(ticket, counterId, {
      serviceId: service.id, centreId: service.centreId, targetCounterId: target?.id ?? null,
    }, ctx.now));
    recordTransition(ctx, tr, counterId, { fromService, toService: service.id, toCounter: target?.id ?? null });
    ctx.outbox.service(fromService);
    ctx.outbox.queueMoved(service.id);
    return buildCounterState(ctx, counterId);
  },
};

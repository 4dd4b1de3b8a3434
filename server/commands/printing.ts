/**
 * ticket.reprint (staff: any ticket of the day, to the issuing kiosk's printer or a named one) and
 * notice.print (a kiosk prints the 告知单 of a service without taking a ticket).
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { ticketById, ticketByNumber, ticketEvents } from '../db/queries/tickets';
import { serviceById } from '../db/queries/hall';
import { fail } from './errors';
import { actorIds } from './persist';
import { printFor } from './print-target';
import type { PrintAnswer } from '../../protocol/views';

export const ticketReprint: CommandDef<'ticket.reprint'> = {
  name: 'ticket.reprint',
  permits: STAFF_ROLES,
  run(ctx, { ticketId, number, printerId }) {
    const ticket = (ticketId !== undefined ? ticketById(ctx.db, ticketId) : ticketByNumber(ctx.db, ctx.today, number ?? ''))
      ?? fail('TICKET_NOT_FOUND');
    if (ticket.businessDay !== ctx.today) fail('TICKET_NOT_TODAY');
    const issued = ticketEvents(ctx.db, ticket.id).find((e) => e.type === 'issued');
    const original = issued?.data ? (JSON.parse(issued.data) as { print?: PrintAnswer }).print?.printerId ?? null : null;
    const target = printerId ?? original ?? fail('PRINTER_UNAVAILABLE');
    const print = printFor(ctx, target);
    if (print.status !== 'queued') fail('PRINTER_UNAVAILABLE');
    ctx.outbox.print({ kind: 'ticket', ticketId: ticket.id, serviceId: ticket.serviceId, printerId: target, deviceId: null, reprint: true });
    return { print };
  },
};

/**
 * A kiosk prints on its own printer; staff name the printer (`printerId`), since a counter desk has none
 * of its own — without one the command is refused rather than printing nothing.
 */
export const noticePrint: CommandDef<'notice.print'> = {
  name: 'notice.print',
  permits: ['device:kiosk', 'staff', 'supervisor', 'admin'],
  run(ctx, { serviceId, printerId }) {
    const service = serviceById(ctx.db, serviceId) ?? fail('SERVICE_NOT_FOUND');
    const target = ctx.actor.kind === 'device' ? ctx.actor.printerId : printerId ?? fail('BAD_REQUEST', ['printerId']);
    const print = printFor(ctx, target);
    if (ctx.actor.kind !== 'device' && print.status !== 'queued') fail('PRINTER_UNAVAILABLE');
    if (print.status === 'queued' && print.printerId !== null) {
      ctx.outbox.print({ kind: 'notice', ticketId: null, serviceId: service.id, printerId: print.printerId,
        deviceId: actorIds(ctx).deviceId });
    }
    return { print };
  },
};

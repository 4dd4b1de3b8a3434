/**
 * ticket.track (phone page, by token), ticket.cancel and ticket.requeue (a no-show resident who
 * returns late gets one more place, if the hall's rule allows).
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { cancel, requeue } from '../queue';
import { ticketById, ticketByToken } from '../db/queries/tickets';
import { fail, must } from './errors';
import { recordTransition } from './persist';
import { ticketDetail, ticketTrack } from '../views/ticket-view';
import { serviceRoom, ticketRoom } from '../realtime/rooms';

export const ticketTrackCommand: CommandDef<'ticket.track'> = {
  name: 'ticket.track',
  permits: ['everyone'],
  run(ctx, { token }) {
    const ticket = ticketByToken(ctx.db, token) ?? fail('TICKET_NOT_FOUND');
    // The phone page now hears its ticket's changes and its queue's movements.
    ctx.join(ticketRoom(ticket.id), serviceRoom(ticket.serviceId));
    return ticketTrack(ctx.db, ticket, ctx.now);
  },
};

export const ticketCancel: CommandDef<'ticket.cancel'> = {
  name: 'ticket.cancel',
  permits: STAFF_ROLES,
  run(ctx, { ticketId }) {
    const ticket = ticketById(ctx.db, ticketId) ?? fail('TICKET_NOT_FOUND');
    const tr = must(cancel(ticket, ctx.now));
    recordTransition(ctx, tr, ticket.status === 'held' ? ticket.counterId : null);
    ctx.outbox.queueMoved(ticket.serviceId);
    return ticketDetail(ctx.db, tr.ticket, ctx.now);
  },
};

export const ticketRequeue: CommandDef<'ticket.requeue'> = {
  name: 'ticket.requeue',
  permits: STAFF_ROLES,
  run(ctx, { ticketId }) {
    const ticket = ticketById(ctx.db, ticketId) ?? fail('TICKET_NOT_FOUND');
    if (ticket.businessDay !== ctx.today) fail('TICKET_NOT_TODAY');
    const tr = must(requeue(ticket, ctx.settings, ctx.now));
    recordTransition(ctx, tr, null);
    return ticketDetail(ctx.db, tr.ticket, ctx.now);
  },
};

/**
 * counter.start / finish / noShow / hold / resume — what happens to the ticket in hand.
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { finish, hold, noShow, resume, start } from '../queue';
import { ticketById } from '../db/queries/tickets';
import { fail, must } from './errors';
import { myCounter, requireTicketInHand, ticketInHand } from './counter-access';
import { recordTransition } from './persist';
import { buildDesk } from './desk';

export const counterStart: CommandDef<'counter.start'> = {
  name: 'counter.start',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    myCounter(ctx, counterId);
    recordTransition(ctx, must(start(requireTicketInHand(ctx, counterId), counterId, ctx.now)), counterId);
    return buildDesk(ctx, counterId);
  },
};

export const counterFinish: CommandDef<'counter.finish'> = {
  name: 'counter.finish',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    myCounter(ctx, counterId);
    recordTransition(ctx, must(finish(requireTicketInHand(ctx, counterId), counterId, ctx.now)), counterId);
    return buildDesk(ctx, counterId);
  },
};

export const counterNoShow: CommandDef<'counter.noShow'> = {
  name: 'counter.noShow',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    myCounter(ctx, counterId);
    recordTransition(ctx, must(noShow(requireTicketInHand(ctx, counterId), counterId, ctx.now)), counterId);
    return buildDesk(ctx, counterId);
  },
};

export const counterHold: CommandDef<'counter.hold'> = {
  name: 'counter.hold',
  permits: STAFF_ROLES,
  run(ctx, { counterId }) {
    myCounter(ctx, counterId);
    recordTransition(ctx, must(hold(requireTicketInHand(ctx, counterId), counterId, ctx.now)), counterId);
    return buildDesk(ctx, counterId);
  },
};

export const counterResume: CommandDef<'counter.resume'> = {
  name: 'counter.resume',
  permits: STAFF_ROLES,
  run(ctx, { counterId, ticketId }) {
    const counter = myCounter(ctx, counterId);
    if (ticketInHand(ctx, counterId)) fail('COUNTER_BUSY');
    const ticket = ticketById(ctx.db, ticketId) ?? fail('TICKET_NOT_FOUND');
    recordTransition(ctx, must(resume(ticket, counter, ctx.now)), counterId);
    return buildDesk(ctx, counterId);
  },
};

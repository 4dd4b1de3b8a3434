/**
 * ticket.rate (服务评议) — once per finished ticket, tied to the counter and staff member who served it;
 * complaint.submit — complaints and suggestions left at a kiosk or on a phone, for supervisors.
 */
import type { CommandDef } from './define';
import type { CommandContext } from './context';
import type { Ticket } from '../queue/types';
import { BAD_RATING_MAX } from '../../protocol/rating';
import { lastFinishedAt, ticketByNumber, ticketByToken } from '../db/queries/tickets';
import { insertComplaint, insertRating, isRated, ratingOf } from '../db/queries/ratings';
import { issuerId } from '../auth/actor';
import { fail } from './errors';

type Source = 'phone' | 'kiosk' | 'rating-pad';

/** Hall displays are read-only screens: they never submit anything on a resident's behalf. */
function refuseDisplays(ctx: CommandContext): void {
  if (ctx.actor.kind === 'device' && ctx.actor.deviceKind === 'display') fail('FORBIDDEN');
}

function findTicket(ctx: CommandContext, token: string | undefined, number: string | undefined): { ticket: Ticket; source: Source } {
  const actor = ctx.actor;
  if (token !== undefined) {
    const ticket = ticketByToken(ctx.db, token) ?? fail('TICKET_NOT_FOUND');
    return { ticket, source: actor.kind === 'device' && actor.deviceKind === 'kiosk' ? 'kiosk' : 'phone' };
  }
  if (actor.kind === 'device' && actor.deviceKind === 'rating-pad' && actor.counterId !== null) {
    // A pad rates the ticket its counter finished last; when it names a number, only if that is the one.
    const last = lastFinishedAt(ctx.db, actor.counterId, ctx.today) ?? fail('RATING_NOT_ALLOWED');
    if (number !== undefined && last.number !== number) fail('RATING_NOT_ALLOWED');
    return { ticket: last, source: 'rating-pad' };
  }
  if (number !== undefined && actor.kind === 'device' && actor.deviceKind === 'kiosk') {
    return { ticket: ticketByNumber(ctx.db, ctx.today, number) ?? fail('TICKET_NOT_FOUND'), source: 'kiosk' };
  }
  return fail('BAD_REQUEST', ['token']);
}

export const ticketRate: CommandDef<'ticket.rate'> = {
  name: 'ticket.rate',
  permits: ['anonymous'],
  run(ctx, input) {
    refuseDisplays(ctx);
    const { ticket, source } = findTicket(ctx, input.token, input.number);
    if (ticket.status !== 'finished') fail('RATING_NOT_ALLOWED');
    if (isRated(ctx.db, ticket.id)) fail('ALREADY_RATED');
    const reasons = input.level <= BAD_RATING_MAX ? [...new Set(input.reasons ?? [])] : [];
    insertRating(ctx.db, {
      ticketId: ticket.id, level: input.level, reasons, comment: input.comment?.trim() ?? '',
      counterId: ticket.counterId, staffId: ticket.staffId, source, at: ctx.now,
    });
    ctx.outbox.ticket(ticket);
    return ratingOf(ctx.db, ticket.id) ?? fail('INTERNAL');
  },
};

export const complaintSubmit: CommandDef<'complaint.submit'> = {
  name: 'complaint.submit',
  permits: ['anonymous'],
  run(ctx, input) {
    refuseDisplays(ctx);
    // Shares the issuing limiter: a kiosk or phone cannot flood the supervisors' list.
    if (!ctx.issueLimiter.hit(`complaint:${issuerId(ctx.actor)}`, ctx.now)) fail('RATE_LIMITED');
    const source = ctx.actor.kind === 'device' ? ctx.actor.deviceKind : ctx.actor.kind === 'user' ? 'staff' : 'phone';
    return { id: insertComplaint(ctx.db, { category: input.category, text: input.text.trim(), phone: input.phone ?? null, source, at: ctx.now }) };
  },
};

/**
 * ticket.rate (服务评议) — once per finished ticket, tied to the counter and staff member who served it;
 * complaint.submit — complaints and suggestions left at a kiosk or on a phone, for supervisors.
 * A 差评 (level 1 or 2) and every complaint open a follow-up case (../cases) in the same transaction.
 *
 * A rating must come from the resident who was served, so each channel proves it in its own way: the
 * phone holds the ticket's tracking token (the QR on the slip); a kiosk types the number together with
 * the rating code printed beside the QR, with few wrong codes allowed; a rating pad rates only tickets
 * its own counter has just finished. Staff, supervisors and admins cannot rate at all (permits), and
 * every rating stores the channel and device it came through.
 */
import type { CommandDef } from './define';
import type { CommandContext } from './context';
import type { CommandInput } from '../../protocol/commands';
import type { RatingView } from '../../protocol/rating';
import type { Ticket } from '../queue/types';
import { BAD_RATING_MAX } from '../../protocol/rating';
import { lastFinishedAt, ratingCodeOf, ticketByNumber, ticketByToken } from '../db/queries/tickets';
import { insertComplaint, insertRating, isRated, ratingOf } from '../db/queries/ratings';
import { issuerId } from '../auth/actor';
import { RateLimiter } from '../auth/rate-limiter';
import { fail } from './errors';
import { openCase } from '../cases/open-case';

/** How long after finishing a rating pad may still rate the ticket (the resident is at the window). */
export const PAD_RATING_WINDOW_MS = 10 * 60_000;

/**
 * Wrong rating codes allowed per kiosk and per ticket in a quarter hour: enough for a resident who
 * mistypes, far too few to guess one of a million codes.
 */
export function newRatingCodeLimiter(): RateLimiter {
  return new RateLimiter(5, 15 * 60_000);
}

type Found = { ticket: Ticket; source: RatingView['source']; deviceId: number | null };
type RateInput = CommandInput<'ticket.rate'>;

/** Names the first field the caller's channel does not take, so the refusal says what to leave out. */
function refuseFields(input: RateInput, fields: readonly (keyof RateInput)[]): void {
  const extra = fields.filter((f) => input[f] !== undefined);
  if (extra.length > 0) fail('BAD_REQUEST', extra);
}

function byPhone(ctx: CommandContext, input: RateInput): Found {
  refuseFields(input, ['number', 'ratingCode']);
  if (input.token === undefined) return fail('BAD_REQUEST', ['token']);
  return { ticket: ticketByToken(ctx.db, input.token) ?? fail('TICKET_NOT_FOUND'), source: 'phone', deviceId: null };
}

function byKiosk(ctx: CommandContext, deviceId: number, input: RateInput): Found {
  refuseFields(input, ['token']);
  if (input.number === undefined || input.ratingCode === undefined) {
    return fail('BAD_REQUEST', input.number === undefined ? ['number'] : ['ratingCode']);
  }
  const limiter = ctx.ratingCodeLimiter;
  const ticket = ticketByNumber(ctx.db, ctx.today, input.number) ?? fail('TICKET_NOT_FOUND');
  const keys = [`kiosk:${deviceId}`, `ticket:${ticket.id}`];
  if (keys.some((k) => limiter.blocked(k, ctx.now))) fail('RATE_LIMITED');
  if (ratingCodeOf(ctx.db, ticket.id) !== input.ratingCode) {
    for (const k of keys) limiter.hit(k, ctx.now);
    fail('RATING_CODE_WRONG');
  }
  return { ticket, source: 'kiosk', deviceId };
}

/**
 * A pad rates the ticket it asked about (by number) when that ticket was finished at the pad's own
 * counter within the last ten minutes, even if the next resident has been called or finished since: a
 * tap given just as the counter moves on is kept for the ticket it was meant for. Without a number, the
 * counter's last finished ticket.
 */
function byPad(ctx: CommandContext, counterId: number | null, deviceId: number, input: RateInput): Found {
  refuseFields(input, ['token', 'ratingCode']);
  if (counterId === null) return fail('RATING_NOT_ALLOWED');
  const ticket = input.number !== undefined ? ticketByNumber(ctx.db, ctx.today, input.number) : lastFinishedAt(ctx.db, counterId, ctx.today);
  if (!ticket || ticket.counterId !== counterId || ticket.status !== 'finished') return fail('RATING_NOT_ALLOWED');
  if (ticket.finishedAt === null || ctx.now - ticket.finishedAt > PAD_RATING_WINDOW_MS) fail('RATING_NOT_ALLOWED');
  return { ticket, source: 'rating-pad', deviceId };
}

function findTicket(ctx: CommandContext, input: RateInput): Found {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') return byPhone(ctx, input);
  if (actor.kind === 'device' && actor.deviceKind === 'kiosk') return byKiosk(ctx, actor.deviceId, input);
  if (actor.kind === 'device' && actor.deviceKind === 'rating-pad') return byPad(ctx, actor.counterId, actor.deviceId, input);
  return fail('FORBIDDEN'); // the permits below already keep everyone else out
}

export const ticketRate: CommandDef<'ticket.rate'> = {
  name: 'ticket.rate',
  permits: ['anonymous', 'device:kiosk', 'device:rating-pad'],
  run(ctx, input) {
    const { ticket, source, deviceId } = findTicket(ctx, input);
    if (ticket.status !== 'finished') fail('RATING_NOT_ALLOWED');
    if (isRated(ctx.db, ticket.id)) fail('ALREADY_RATED');
    const bad = input.level <= BAD_RATING_MAX;
    // A number to call back is asked for with a 差评 only: nobody calls back about praise.
    if (!bad && input.phone !== undefined) fail('BAD_REQUEST', ['phone']);
    const reasons = bad ? [...new Set(input.reasons ?? [])] : [];
    const ratingId = insertRating(ctx.db, {
      ticketId: ticket.id, level: input.level, reasons, comment: input.comment?.trim() ?? '',
      counterId: ticket.counterId, staffId: ticket.staffId, source, deviceId, at: ctx.now,
    });
    if (bad) {
      openCase(ctx, { kind: 'bad_rating', ratingId, complaintId: null, ticketId: ticket.id, serviceId: ticket.serviceId,
        counterId: ticket.counterId, staffId: ticket.staffId, contactPhone: input.phone ?? null });
    }
    ctx.outbox.ticket(ticket);
    return ratingOf(ctx.db, ticket.id) ?? fail('INTERNAL');
  },
};

export const complaintSubmit: CommandDef<'complaint.submit'> = {
  name: 'complaint.submit',
  // Hall displays are read-only screens: they never submit anything on a resident's behalf.
  permits: ['anonymous', 'device:kiosk', 'device:rating-pad', 'staff', 'supervisor', 'admin'],
  run(ctx, input) {
    // Devices and staff share the issuing limiter, so none can flood the supervisors' list; phones are
    // limited per address by the transports (../auth/command-limits), never in one bucket for all.
    if (ctx.actor.kind !== 'anonymous' && !ctx.issueLimiter.hit(`complaint:${issuerId(ctx.actor)}`, ctx.now)) fail('RATE_LIMITED');
    const source = ctx.actor.kind === 'device' ? ctx.actor.deviceKind : ctx.actor.kind === 'user' ? 'staff' : 'phone';
    const phone = input.phone ?? null;
    const id = insertComplaint(ctx.db, { category: input.category, text: input.text.trim(), phone, source, at: ctx.now });
    openCase(ctx, { kind: input.category, ratingId: null, complaintId: id, ticketId: null, serviceId: null, counterId: null,
      staffId: null, contactPhone: phone });
    return { id };
  },
};

/**
 * ticket.issue — a kiosk (or staff member on a resident's behalf, 帮办代办) takes a number. The
 * sequence row, the ticket and its 'issued' event are written in one transaction; a retry with the same
 * idempotency key answers the ticket already issued instead of a second one. A kiosk whose card reader
 * read the resident's ID card names the reading: the ticket then states its person (./idcard.ts).
 */
import type { CommandDef } from './define';
import type { CommandContext } from './context';
import type { IssuedTicket, PrintAnswer } from '../../protocol/views';
import { printFor } from './print-target';
import type { NewTicket, Ticket } from '../queue/types';
import { hasIssueLimit, issue, type IssuedCounts } from '../queue';
import { fail, must } from './errors';
import { issuerId, type Actor } from '../auth/actor';
import { newRatingCode, newSecret } from '../auth/tokens';
import { serviceById, type ServiceRecord } from '../db/queries/hall';
import { workingCalendar } from '../db/queries/calendar';
import { issuedThisHalf } from '../views/service-load';
import { lastSequence, storeSequence } from '../db/queries/sequences';
import {
  appendTicketEvent, insertTicket, issuedToday, ratingCodeOf, ticketByIdempotencyKey, ticketEvents,
} from '../db/queries/tickets';
import { ticketTrack } from '../views/ticket-view';
import { actorIds } from './persist';
import { takeIdReading } from './idcard';
import { statePerson } from '../db/queries/id-readings';


/** `ratingCode`: the ticket's rating code, read from its row unless the caller has just made it. */
function answer(ctx: CommandContext, t: Ticket, print: PrintAnswer, ratingCode = ratingCodeOf(ctx.db, t.id)): IssuedTicket {
  return { ticket: ticketTrack(ctx.db, t, ctx.now), trackUrl: `${ctx.settings.publicUrl}/t/${t.token}`, ratingCode, print };
}

/** The print outcome recorded when the ticket was first issued, for idempotent replays. */
function recordedPrint(ctx: CommandContext, t: Ticket): PrintAnswer {
  const issued = ticketEvents(ctx.db, t.id).find((e) => e.type === 'issued');
  const data = issued?.data ? (JSON.parse(issued.data) as { print?: PrintAnswer }) : {};
  return data.print ?? { status: 'none', printerId: null };
}

/** A ticket issued earlier, answered again as when it was issued (a retried request, a second check-in). */
export function issuedAgain(ctx: CommandContext, t: Ticket): IssuedTicket {
  return answer(ctx, t, recordedPrint(ctx, t));
}

/**
 * Stores a ticket the engine decided on (ticket.issue, a booking's check-in): its sequence, the row and
 * its 'issued' event, the slip on the issuing kiosk's printer, and what changed for the broadcast.
 */
export function keepIssued(ctx: CommandContext, fresh: NewTicket, key: string, withNotice: boolean,
  person: { personHash: string; maskedName: string } | null = null): IssuedTicket {
  storeSequence(ctx.db, fresh.businessDay, fresh.prefix, fresh.seq);
  const secrets = { token: newSecret(18), ratingCode: newRatingCode() };
  const ticket = insertTicket(ctx.db, fresh, secrets, issuerId(ctx.actor), key);
  if (person) statePerson(ctx.db, ticket.id, person.personHash, person.maskedName);
  const print = printFor(ctx, ctx.actor.kind === 'device' ? ctx.actor.printerId : null);
  appendTicketEvent(ctx.db, ticket.id, 'issued', ctx.now, null, actorIds(ctx), { print, withNotice });

  ctx.outbox.ticket(ticket);
  ctx.outbox.service(ticket.serviceId);
  if (print.status === 'queued' && print.printerId !== null) {
    const deviceId = actorIds(ctx).deviceId;
    ctx.outbox.print({ kind: 'ticket', ticketId: ticket.id, serviceId: ticket.serviceId, printerId: print.printerId, deviceId });
    if (withNotice) {
      ctx.outbox.print({ kind: 'notice', ticketId: ticket.id, serviceId: ticket.serviceId, printerId: print.printerId, deviceId });
    }
  }
  return answer(ctx, ticket, print, secrets.ratingCode);
}

/**
 * An idempotency key answers only within its business day: stored with the day in front, a key a
 * kiosk happens to use again tomorrow issues a new ticket instead of answering yesterday's expired one.
 */
export function keyOfToday(today: string, key: string): string {
  return `${today}/${key}`;
}

/**
 * A kiosk bound to some centres issues only their services (the same scope its screens show, from
 * protocol/client/device-scope.ts); staff issue for any centre on a resident's behalf.
 */
export function offeredBy(actor: Actor, centreId: string): boolean {
  return actor.kind !== 'device' || actor.centreIds.length === 0 || actor.centreIds.includes(centreId);
}

/** Today's counts of the service for its limits; zero when it has none (they would go unread). */
export function limitCounts(ctx: CommandContext, service: ServiceRecord): IssuedCounts {
  if (!hasIssueLimit(service)) return { issuedToday: 0, issuedThisHalf: 0 };
  const issued = issuedToday(ctx.db, service.id, ctx.today);
  return { issuedToday: issued, issuedThisHalf: issuedThisHalf(ctx.db, service, ctx.today, ctx.now, issued, ctx.settings.timezone) };
}

export const ticketIssue: CommandDef<'ticket.issue'> = {
  name: 'ticket.issue',
  permits: ['device:kiosk', 'staff', 'supervisor', 'admin'],
  run(ctx, input) {
    const issuer = issuerId(ctx.actor);
    const key = keyOfToday(ctx.today, input.idempotencyKey);
    const earlier = ticketByIdempotencyKey(ctx.db, issuer, key);
    if (earlier) return issuedAgain(ctx, earlier);
    if (!ctx.issueLimiter.hit(issuer, ctx.now)) fail('RATE_LIMITED');

    const service = serviceById(ctx.db, input.serviceId) ?? fail('SERVICE_NOT_FOUND');
    if (!offeredBy(ctx.actor, service.centreId)) fail('SERVICE_NOT_OFFERED', ['serviceId']);
    const person = input.idReading === undefined ? null : takeIdReading(ctx, input.idReading, service.id);
    const fresh = must(issue({
      service,
      settings: ctx.settings,
      now: ctx.now,
      priority: input.priority ?? null,
      ...limitCounts(ctx, service),
      lastSeq: lastSequence(ctx.db, ctx.today, service.prefix),
      calendar: workingCalendar(ctx.db, ctx.today, ctx.today),
    }));
    return keepIssued(ctx, fresh, key, input.withNotice === true, person);
  },
};

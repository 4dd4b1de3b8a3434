/**
 * booking.checkIn — a resident at a kiosk enters their booking code (keypad) or scans its QR (the
 * scanner types it). On time: a ticket for the service carrying the slot window, called ahead of
 * walk-ins while the window is open (server/queue/order.ts). Early: nothing changes, the answer says when
 * to come back. Late, on the booking's day: the hall's rule gives an ordinary walk-in ticket and records
 * the booking as late (a missed booking). The same code again answers the same ticket.
 */
import type { CommandDef } from './define';
import type { CommandContext } from './context';
import { fail, must } from './errors';
import { issue, issueBooked } from '../queue';
import { serviceById } from '../db/queries/hall';
import { workingCalendar } from '../db/queries/calendar';
import { lastSequence } from '../db/queries/sequences';
import { ticketById } from '../db/queries/tickets';
import { settleBooking, type BookingRecord } from '../db/queries/bookings';
import { judgeCheckIn } from '../bookings/check-in';
import { issuedAgain, keepIssued, keyOfToday, limitCounts, offeredBy } from './ticket-issue';
import { bookingOfCode, viewOf } from './booking-shared';

/** The ticket's idempotency key: one check-in ticket per booking, whatever happens. */
function keyOf(ctx: CommandContext, booking: BookingRecord): string {
  return keyOfToday(ctx.today, `booking-${booking.id}`);
}

export const bookingCheckIn: CommandDef<'booking.checkIn'> = {
  name: 'booking.checkIn',
  permits: ['device:kiosk'],
  run(ctx, { code }) {
    const booking = bookingOfCode(ctx, code);
    const verdict = judgeCheckIn(booking, ctx.now, ctx.today);
    switch (verdict.kind) {
      case 'refused':
        return fail(verdict.code);
      case 'again': {
        const ticket = ticketById(ctx.db, verdict.ticketId) ?? fail('TICKET_NOT_FOUND');
        return { outcome: booking.status === 'late' ? 'late' : 'on-time', booking: viewOf(ctx, booking), issued: issuedAgain(ctx, ticket) };
      }
      case 'early':
        return { outcome: 'early', booking: viewOf(ctx, booking), comeBackAt: verdict.comeBackAt };
      case 'on-time':
      case 'late':
        break;
    }
    const service = serviceById(ctx.db, booking.serviceId) ?? fail('SERVICE_NOT_FOUND');
    if (!offeredBy(ctx.actor, service.centreId)) fail('SERVICE_NOT_OFFERED', ['code']);
    const lastSeq = lastSequence(ctx.db, ctx.today, service.prefix);
    const fresh = verdict.kind === 'on-time'
      ? must(issueBooked({ service, settings: ctx.settings, now: ctx.now, lastSeq }, verdict.window))
      : must(issue({
        service, settings: ctx.settings, now: ctx.now, priority: null, lastSeq,
        ...limitCounts(ctx, service),
        calendar: workingCalendar(ctx.db, ctx.today, ctx.today),
      }));
    const issued = keepIssued(ctx, fresh, keyOf(ctx, booking), false);
    const status = verdict.kind === 'on-time' ? 'checked_in' : 'late';
    settleBooking(ctx.db, booking.id, status, ctx.now, issued.ticket.id);
    const after: BookingRecord = { ...booking, status, settledAt: ctx.now, ticketId: issued.ticket.id };
    return { outcome: verdict.kind, booking: viewOf(ctx, after), issued };
  },
};

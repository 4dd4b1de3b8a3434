/** What the booking commands share: finding a booking by its code, and its view. */
import type { BookingView } from '../../protocol/booking';
import type { CommandContext } from './context';
import { bookingByCode, bookingSettingsOf, recordNoShows, type BookingRecord } from '../db/queries/bookings';
import { ticketById } from '../db/queries/tickets';
import { bookingView } from '../bookings/booking-view';
import { fail } from './errors';

/**
 * Brings the bookings up to date first: every booking whose check-in window has closed unchecked is a
 * no-show from then on (server/db/queries/bookings.ts `recordNoShows`, bounded by the due ones only).
 */
export function sweepNoShows(ctx: CommandContext): void {
  recordNoShows(ctx.db, ctx.now);
}

/** The booking with this code (already normalized by the schema); BOOKING_NOT_FOUND counts as a failed lookup. */
export function bookingOfCode(ctx: CommandContext, code: string): BookingRecord {
  sweepNoShows(ctx);
  return bookingByCode(ctx.db, code) ?? fail('BOOKING_NOT_FOUND', ['code']);
}

export function viewOf(ctx: CommandContext, b: BookingRecord): BookingView {
  const ticket = b.ticketId !== null ? ticketById(ctx.db, b.ticketId) : null;
  return bookingView(b, bookingSettingsOf(ctx.db, b.serviceId), ctx.now, ctx.settings.timezone, ticket?.number ?? null);
}

/** The audit subject of a booking: its id, never its code (an audit reader could otherwise check in with it). */
export function bookingSubject(b: { id: number }): string {
  return `booking:${b.id}`;
}

/** A view without its usable code (ABCD-****-****): what staff lists and audit lines hold. */
export function withoutCode(view: BookingView): BookingView {
  return { ...view, code: `${view.code.slice(0, 4)}-****-****` };
}

/**
 * Appointments (预约) residents make from their phones, and staff on their behalf (代约): the slots of a
 * day, booking one, reading and cancelling a booking by its code. Each runs in one transaction, so the
 * places left are counted and the booking inserted with nothing in between: two residents racing for
 * the last place cannot both get it.
 */
import { NO_SHOW_WINDOW_DAYS, mobileOf } from '../../protocol/booking';
import { maskName } from '../../protocol/mask-name';
import { maskPhone } from '../../protocol/case-flow';
import type { CommandDef } from './define';
import type { CommandContext } from './context';
import { fail, must } from './errors';
import { issuerId } from '../auth/actor';
import { serviceById } from '../db/queries/hall';
import { workingCalendar } from '../db/queries/calendar';
import {
  bookingByRetry, bookingSettingsOf, codeTaken, insertBooking, phoneCounts, placesTaken, settleBooking,
} from '../db/queries/bookings';
import { epochOfLocal } from '../../protocol/local-time';
import { bookableSlot, slotsOn, type SlotDay } from '../bookings/slots';
import { checkInWindow } from '../bookings/check-in';
import { limitRefusal } from '../bookings/limits';
import { newBookingCode } from '../bookings/secrets';
import { cancelDeadline } from '../bookings/booking-view';
import { bookingOfCode, bookingSubject, sweepNoShows, viewOf, withoutCode } from './booking-shared';
import { audit } from './audit';
import { shiftDays } from '../queue/working-days';

const DAY_MS = 86_400_000;

/** The slots of a service on a date as the slot rule sees them now. */
function slotDay(ctx: CommandContext, serviceId: string, date: string): SlotDay {
  const service = serviceById(ctx.db, serviceId) ?? fail('SERVICE_NOT_FOUND', ['serviceId']);
  const dayStart = epochOfLocal(`${date}T00:00`, ctx.settings.timezone);
  const dayEnd = epochOfLocal(`${shiftDays(date, 1)}T00:00`, ctx.settings.timezone);
  return slotsOn({
    settings: bookingSettingsOf(ctx.db, serviceId), service, date, today: ctx.today, now: ctx.now,
    timezone: ctx.settings.timezone, calendar: workingCalendar(ctx.db, date, date),
    taken: placesTaken(ctx.db, serviceId, dayStart, dayEnd),
  });
}

export const bookingSlots: CommandDef<'booking.slots'> = {
  name: 'booking.slots',
  permits: ['everyone'],
  run(ctx, { serviceId, date }) {
    const day = slotDay(ctx, serviceId, date);
    return { serviceId, date, lastDate: day.lastDate, cancelMinutesBefore: bookingSettingsOf(ctx.db, serviceId).cancelMinutesBefore,
      reason: day.reason, slots: day.slots };
  },
};

/** A code no booking holds yet (a clash among 31^12 codes is all but impossible; drawn again if it happens). */
function freshCode(ctx: CommandContext): string {
  for (;;) {
    const code = newBookingCode();
    if (!codeTaken(ctx.db, code)) return code;
  }
}

export const bookingCreate: CommandDef<'booking.create'> = {
  name: 'booking.create',
  permits: ['anonymous', 'supervisor', 'admin'],
  run(ctx, input) {
    const mobile = mobileOf(input.phone) ?? fail('PHONE_INVALID', ['phone']);
    const hash = ctx.residentHash.hash('mobile', mobile);
    const retried = input.idempotencyKey !== undefined ? bookingByRetry(ctx.db, hash, input.idempotencyKey) : null;
    if (retried) return viewOf(ctx, retried);

    sweepNoShows(ctx);
    const slot = must(bookableSlot(slotDay(ctx, input.serviceId, input.date), input.start, ctx.now));
    const window = checkInWindow({ slotStart: slot.startsAt, slotEnd: slot.endsAt });
    const refusal = limitRefusal(phoneCounts(ctx.db, hash, input.serviceId, input.date, ctx.now, ctx.now - NO_SHOW_WINDOW_DAYS * DAY_MS));
    if (refusal) fail(refusal, ['phone']);

    const booking = insertBooking(ctx.db, {
      code: freshCode(ctx), serviceId: input.serviceId, businessDay: input.date, slotStart: slot.startsAt, slotEnd: slot.endsAt,
      checkInUntil: window.closes, nameMasked: maskName(input.name), phoneMasked: maskPhone(mobile), phoneHash: hash,
      createdAt: ctx.now, createdBy: issuerId(ctx.actor), idempotencyKey: input.idempotencyKey ?? null,
      personHash: input.idNumber === undefined ? null : ctx.residentHash.hash('id-number', input.idNumber),
    });
    const view = viewOf(ctx, booking);
    // Booked by staff on a resident's behalf (代约): accounted for like any administrative change.
    if (ctx.actor.kind === 'user') audit(ctx, bookingSubject(booking), null, withoutCode(view));
    return view;
  },
};

export const bookingGet: CommandDef<'booking.get'> = {
  name: 'booking.get',
  permits: ['anonymous', 'device:kiosk', 'supervisor', 'admin'],
  run(ctx, { code }) {
    return viewOf(ctx, bookingOfCode(ctx, code));
  },
};

export const bookingCancel: CommandDef<'booking.cancel'> = {
  name: 'booking.cancel',
  permits: ['anonymous'],
  run(ctx, { code }) {
    const booking = bookingOfCode(ctx, code);
    if (booking.status === 'cancelled') fail('BOOKING_CANCELLED');
    if (booking.status !== 'booked') fail('BOOKING_NOT_ACTIVE');
    if (ctx.now >= cancelDeadline(booking, bookingSettingsOf(ctx.db, booking.serviceId))) fail('BOOKING_CANCEL_TOO_LATE');
    settleBooking(ctx.db, booking.id, 'cancelled', ctx.now, null);
    return viewOf(ctx, { ...booking, status: 'cancelled', settledAt: ctx.now });
  },
};

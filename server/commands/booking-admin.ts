/**
 * Bookings in the console: each service's booking settings (admins change them, audited), a day's
 * bookings masked for supervisors and admins, and cancelling one for a resident (audited).
 */
import type { BookingSettings } from '../../protocol/booking';
import type { CommandDef } from './define';
import { fail } from './errors';
import { audit } from './audit';
import { listServices, serviceById } from '../db/queries/hall';
import { bookingById, bookingSettingsOf, bookingsOfDay, saveBookingSettings, settleBooking } from '../db/queries/bookings';
import { bookingSubject, sweepNoShows, viewOf, withoutCode } from './booking-shared';

export const bookingSettingsList: CommandDef<'booking.settings'> = {
  name: 'booking.settings',
  permits: ['supervisor', 'admin'],
  run(ctx) {
    return listServices(ctx.db).map((s) => bookingSettingsOf(ctx.db, s.id));
  },
};

export const bookingConfigure: CommandDef<'booking.configure'> = {
  name: 'booking.configure',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    if (!serviceById(ctx.db, input.serviceId)) fail('SERVICE_NOT_FOUND', ['serviceId']);
    const before = bookingSettingsOf(ctx.db, input.serviceId);
    const after: BookingSettings = {
      serviceId: before.serviceId, bookable: input.bookable ?? before.bookable, slotMinutes: input.slotMinutes ?? before.slotMinutes,
      capacity: input.capacity ?? before.capacity, walkInPercent: input.walkInPercent ?? before.walkInPercent,
      daysAhead: input.daysAhead ?? before.daysAhead, cancelMinutesBefore: input.cancelMinutesBefore ?? before.cancelMinutesBefore,
    };
    saveBookingSettings(ctx.db, after);
    audit(ctx, `booking-settings:${input.serviceId}`, before, after);
    return after;
  },
};

export const bookingDay: CommandDef<'booking.day'> = {
  name: 'booking.day',
  permits: ['supervisor', 'admin'],
  run(ctx, { date, serviceId }) {
    sweepNoShows(ctx);
    return { date, bookings: bookingsOfDay(ctx.db, date, serviceId ?? null).map((b) => withoutCode(viewOf(ctx, b))) };
  },
};

export const bookingRevoke: CommandDef<'booking.revoke'> = {
  name: 'booking.revoke',
  permits: ['supervisor', 'admin'],
  administrative: true,
  run(ctx, { id }) {
    sweepNoShows(ctx);
    const booking = bookingById(ctx.db, id) ?? fail('BOOKING_NOT_FOUND', ['id']);
    if (booking.status === 'cancelled') fail('BOOKING_CANCELLED');
    if (booking.status !== 'booked') fail('BOOKING_NOT_ACTIVE');
    const before = withoutCode(viewOf(ctx, booking));
    settleBooking(ctx.db, booking.id, 'cancelled', ctx.now, null);
    const after = withoutCode(viewOf(ctx, { ...booking, status: 'cancelled', settledAt: ctx.now }));
    audit(ctx, bookingSubject(booking), before, after);
    return after;
  },
};

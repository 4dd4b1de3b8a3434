/**
 * Input schemas of the appointment commands (预约 and kiosk check-in), joined into the one command table
 * of ./schemas.ts. The rules they check are those of ./booking.ts.
 */
import { z } from 'zod';
import { BOOKING_SETTING_BOUNDS, isBookingCode, mobileOf, normalBookingCode } from './booking';
import { isCalendarDate } from './calendar';
import { plainText } from './text';
import { isValidIdNumber, normaliseIdNumber } from './idcard';

/** Marks a well-formed but wrong mobile number, so the transports answer PHONE_INVALID (server/commands/validation.ts). */
export const PHONE_INVALID_ISSUE = 'PHONE_INVALID';

const slug = z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9-]*$/);
const calendarDate = z.string().refine(isCalendarDate, { message: 'YYYY-MM-DD' });
const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
/** Typed with or without dashes and spaces, in either case; stored and compared as 12 characters of the alphabet. */
const bookingCode = z.string().min(1).max(32).transform(normalBookingCode).refine(isBookingCode, { message: 'booking code' });
const mobile = z.string().min(1).max(20)
  .refine((v) => mobileOf(v) !== null, { message: PHONE_INVALID_ISSUE, params: { reason: PHONE_INVALID_ISSUE } });
/** An ID number (GB 11643: form, birth date, check character); a refusal names the field, never the value. */
export const idNumber = z.string().max(32).transform(normaliseIdNumber).refine(isValidIdNumber, { message: 'not an ID number' });
const bookingId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const bounded = (b: { min: number; max: number }) => z.number().int().min(b.min).max(b.max);

/** One service's booking settings whole: as `booking.settings` lists them and the configuration file carries them. */
export const bookingSettingsSchema = z.strictObject({
  serviceId: slug, bookable: z.boolean(),
  slotMinutes: bounded(BOOKING_SETTING_BOUNDS.slotMinutes), capacity: bounded(BOOKING_SETTING_BOUNDS.capacity),
  walkInPercent: bounded(BOOKING_SETTING_BOUNDS.walkInPercent), daysAhead: bounded(BOOKING_SETTING_BOUNDS.daysAhead),
  cancelMinutesBefore: bounded(BOOKING_SETTING_BOUNDS.cancelMinutesBefore),
});

export const bookingCommandSchemas = {
  /** The slots of a service on a date, with places left: anyone. */
  'booking.slots': z.strictObject({ serviceId: slug, date: calendarDate }),
  /** A resident books (or staff for them, 代约): the name and number are stored masked only. */
  'booking.create': z.strictObject({
    serviceId: slug, date: calendarDate, start: clockTime,
    name: plainText({ trim: true, min: 1, max: 20 }), phone: mobile,
    idempotencyKey: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/).optional(),
    /** Optional: with it, the resident's ID card read at a kiosk finds the booking (stored as the hall's hash only). */
    idNumber: idNumber.optional(),
  }),
  'booking.get': z.strictObject({ code: bookingCode }),
  'booking.cancel': z.strictObject({ code: bookingCode }),
  'booking.checkIn': z.strictObject({ code: bookingCode }),
  /** Every service's booking settings (the console). */
  'booking.settings': z.strictObject({}),
  /** A service's booking settings; a field left out keeps its value (the defaults for a service never configured). */
  'booking.configure': bookingSettingsSchema.partial().required({ serviceId: true }),
  /** A day's bookings, masked, for staff. */
  'booking.day': z.strictObject({ date: calendarDate, serviceId: slug.optional() }),
  /** Staff cancel a booking from the day's list (audited). */
  'booking.revoke': z.strictObject({ id: bookingId }),
};

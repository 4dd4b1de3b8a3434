/** A stored booking as residents (by code) and staff see it: masked, with its windows and deadline. */
import { groupedBookingCode, type BookingSettings, type BookingView } from '../../protocol/booking';
import { localDateTime } from '../../protocol/local-time';
import type { BookingRecord } from '../db/queries/bookings';
import { checkInWindow } from './check-in';

const MINUTE_MS = 60_000;

/** Until when the resident may cancel: the service's deadline before the slot starts. */
export function cancelDeadline(b: Pick<BookingRecord, 'slotStart'>, settings: Pick<BookingSettings, 'cancelMinutesBefore'>): number {
  return b.slotStart - settings.cancelMinutesBefore * MINUTE_MS;
}

function clockOf(at: number, timezone: string): string {
  return localDateTime(at, timezone).slice(11);
}

export function bookingView(b: BookingRecord, settings: BookingSettings, now: number, timezone: string,
  ticketNumber: string | null): BookingView {
  const window = checkInWindow(b);
  const cancelUntil = cancelDeadline(b, settings);
  return {
    id: b.id,
    code: groupedBookingCode(b.code),
    serviceId: b.serviceId,
    date: b.businessDay,
    start: clockOf(b.slotStart, timezone),
    end: clockOf(b.slotEnd, timezone),
    startsAt: b.slotStart,
    endsAt: b.slotEnd,
    status: b.status,
    nameMasked: b.nameMasked,
    phoneMasked: b.phoneMasked,
    checkInFrom: window.opens,
    checkInUntil: window.closes,
    cancellable: b.status === 'booked' && now < cancelUntil,
    cancelUntil,
    ticketNumber,
    byStaff: b.createdBy.startsWith('user:'),
  };
}

/**
 * The limits against hoarding, pure, from counts the storage layer reads for one mobile number (by its
 * salted hash): one open booking per service and day, at most MAX_OPEN_BOOKINGS_PER_PHONE open at once,
 * and no new booking while NO_SHOW_LIMIT bookings or more were missed (no-show or late) in the last
 * NO_SHOW_WINDOW_DAYS days. Staff booking on a resident's behalf (代约) meet the same limits.
 */
import { MAX_OPEN_BOOKINGS_PER_PHONE, NO_SHOW_LIMIT } from '../../protocol/booking';
import type { ErrorCode } from '../../protocol/errors';

export interface PhoneCounts {
  /** Open bookings of the number for the same service on the same day. */
  sameServiceDay: number;
  /** Open bookings of the number whose check-in window has not closed. */
  open: number;
  /** Missed bookings of the number in the last NO_SHOW_WINDOW_DAYS days. */
  missed: number;
}

export function limitRefusal(counts: PhoneCounts): ErrorCode | null {
  if (counts.missed >= NO_SHOW_LIMIT) return 'BOOKING_BLOCKED';
  if (counts.sameServiceDay > 0) return 'BOOKING_DUPLICATE';
  if (counts.open >= MAX_OPEN_BOOKINGS_PER_PHONE) return 'BOOKING_LIMIT_REACHED';
  return null;
}

/**
 * Typing a booking code on the kiosk's keypad: only the code's own characters (protocol/booking.ts) are
 * keys that work, at most 12 of them; what a scanner types is read by `bookingCodeFromScan`.
 */
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, groupedBookingCode, isBookingCode } from '../../../protocol/booking';

/** The letter keys of the keypad (the digits are on its telephone block; 0 and 1 are never accepted). */
export const CODE_LETTERS: string[] = [...BOOKING_CODE_ALPHABET].filter((ch) => /[A-Z]/.test(ch));

export function pressCodeKey(entry: string, key: string): string {
  if (!BOOKING_CODE_ALPHABET.includes(key) || key.length !== 1 || entry.length >= BOOKING_CODE_LENGTH) return entry;
  return entry + key;
}

export function isCompleteBookingCode(entry: string): boolean {
  return isBookingCode(entry);
}

/** ABCD-EFGH-J: as printed on the booking, so the resident can compare group by group. */
export function shownCode(entry: string): string {
  return groupedBookingCode(entry);
}

/**
 * A booking's code and the stored form of the resident's mobile number. The code is drawn with the
 * operating system's random generator from the readable alphabet; the number is kept only as an
 * HMAC-SHA256 under the hall's own salt (random, made once, kept in the database), enough to apply the
 * limits per person. Whoever copies the database with its salt can still test candidate numbers one by
 * one, so the database file stays as guarded as before (docs/BOOKINGS.md).
 */
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH } from '../../protocol/booking';

export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i += 1) code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)] ?? '';
  return code;
}

export function newSalt(): string {
  return randomBytes(32).toString('hex');
}

export function phoneHash(salt: string, mobile: string): string {
  return createHmac('sha256', salt).update(mobile).digest('hex');
}

/**
 * A booking's code, drawn with the operating system's random generator from the readable alphabet
 * (protocol/booking.ts). The mobile number is kept only as the hall's salted resident hash
 * (server/auth/resident-hash.ts, purpose 'mobile').
 */
import { randomInt } from 'node:crypto';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH } from '../../protocol/booking';

export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i += 1) code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)] ?? '';
  return code;
}

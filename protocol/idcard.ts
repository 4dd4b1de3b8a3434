/**
 * The resident identity card (居民身份证) as the kiosk's card reader hands it over, stated once for the
 * server, the fake reader and the docs: the number's form and check digit (GB 11643), how a name is
 * masked wherever it is shown, and how long a reading stays usable at its kiosk.
 */

/** 17 digits and a check character (a digit or X). */
const ID_NUMBER = /^[0-9]{17}[0-9X]$/;

/** GB 11643 weights of the first 17 digits (2^(18-i) mod 11) and the check character for each remainder. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** The check character the first 17 digits call for. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/** The number as readers and people write it: upper-case X, no spaces. */
export function normaliseIdNumber(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

/**
 * Whether a (normalised) number is a well-formed 18-character ID number: its form, a real birth date
 * (YYYYMMDD at positions 7–14) and its check character.
 */
export function isValidIdNumber(idNumber: string): boolean {
  if (!ID_NUMBER.test(idNumber)) return false;
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return idCheckCharacter(idNumber.slice(0, 17)) === idNumber[17];
}

/** A name as read from a card: Chinese or Mongolian script, a middle dot for transcribed names, 1–30 characters. */
export const ID_NAME_MAX = 30;

/**
 * A name as shown anywhere (kiosk, desk, audit): the family name (first character) kept, the rest
 * hidden, and for names of three or more characters the last one kept too (张*, 张*丰, 阿**尔).
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * How long a card reading stays usable at the kiosk where the card was read: long enough for a resident
 * to choose a service, short enough that the next resident at the kiosk cannot take a ticket in their name.
 */
export const ID_READING_TTL_MS = 3 * 60_000;

/** A card reading as its kiosk is told it (event idcard.presented) and the reader's agent is answered. */
export interface IdReadingView {
  /** Names the reading in ticket.issue and idcard.discard; usable only by the kiosk it was read at. */
  token: string;
  maskedName: string;
  expiresAt: number;
  /** Today's open bookings made with this ID number, earliest first: the kiosk offers to check them in. */
  bookings: { code: string; serviceId: string; slotStart: number; slotEnd: number }[];
}

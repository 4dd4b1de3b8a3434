/**
 * The check a lookup makes with the last digits of the resident's phone: only a salted scrypt hash of
 * them is stored ("scrypt$salt$hash", base64url), never the digits or the whole number. An unknown 受理编号
 * is checked against a throwaway hash, so both misses cost the same time and answer the same.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** Small cost: four digits are few, the hash only keeps them out of plain sight in the database file. */
const COST = { N: 4096, r: 8, p: 1 } as const;
const KEY_LENGTH = 24;

export function hashPhoneTail(tail: string): string {
  const salt = randomBytes(16);
  return ['scrypt', salt.toString('base64url'), scryptSync(tail, salt, KEY_LENGTH, COST).toString('base64url')].join('$');
}

export function phoneTailMatches(tail: string, stored: string): boolean {
  const [kind, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(tail, Buffer.from(salt, 'base64url'), expected.length, COST);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** What an unknown number is checked against: the same work as a known one, never a match. */
export const NO_MATTER_HASH = hashPhoneTail('not-a-tail');

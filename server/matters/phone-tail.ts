/**
 * The check a lookup makes with the last digits of the resident's phone: only a salted scrypt hash of
 * them is stored ("scrypt$salt$hash", base64url), never the digits or the whole number. An unknown 受理编号
 * is checked against a throwaway hash, so both misses cost the same time and answer the same.
 */
import { saltedScrypt, scryptMatches, type ScryptCost } from '../auth/salted-scrypt';

/** Small cost: four digits are few, the hash only keeps them out of plain sight in the database file. */
const COST: ScryptCost = { N: 4096, r: 8, p: 1 };
const KEY_LENGTH = 24;

export function hashPhoneTail(tail: string): string {
  const { salt, hash } = saltedScrypt(tail, COST, KEY_LENGTH);
  return ['scrypt', salt, hash].join('$');
}

export function phoneTailMatches(tail: string, stored: string): boolean {
  const [kind, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || salt === undefined || hash === undefined) return false;
  return scryptMatches(tail, salt, hash, COST);
}

/** What an unknown number is checked against: the same work as a known one, never a match. */
export const NO_MATTER_HASH = hashPhoneTail('not-a-tail');

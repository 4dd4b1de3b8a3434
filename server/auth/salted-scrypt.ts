/**
 * The one way this hall turns a secret into something it may store: scrypt with a fresh random salt,
 * both kept as base64url, and a check that compares in constant time. Passwords and phone tails each
 * keep their own stored format and cost around it (./password.ts, ../matters/phone-tail.ts).
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface ScryptCost { N: number; r: number; p: number }

export function saltedScrypt(secret: string, cost: ScryptCost, keyLength: number): { salt: string; hash: string } {
  const salt = randomBytes(16);
  return { salt: salt.toString('base64url'), hash: scryptSync(secret, salt, keyLength, cost).toString('base64url') };
}

/** Whether `secret` gives `hash` with this salt and cost; the digests are compared in constant time. */
export function scryptMatches(secret: string, salt: string, hash: string, cost: ScryptCost): boolean {
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(secret, Buffer.from(salt, 'base64url'), expected.length, cost);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

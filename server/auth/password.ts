/**
 * Password hashing with scrypt from node:crypto. Stored as "scrypt$N$r$p$salt$hash" (base64url) so
 * parameters can be raised later without breaking old hashes.
 */
import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length,
    { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Letters and digits that cannot be mistaken for one another when read off a screen (no 0/O, 1/l/I). */
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A password the server chooses (new account, reset): shown once, replaced by its holder at first login. */
export function newOneTimePassword(length = 10): string {
  return Array.from({ length }, () => READABLE[randomInt(READABLE.length)]).join('');
}

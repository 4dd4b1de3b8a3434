/**
 * Password hashing with scrypt from node:crypto. Stored as "scrypt$N$r$p$salt$hash" (base64url) so
 * parameters can be raised later without breaking old hashes.
 */
import { randomInt } from 'node:crypto';
import { saltedScrypt, scryptMatches } from './salted-scrypt';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export function hashPassword(password: string): string {
  const { salt, hash } = saltedScrypt(password, { N, r: R, p: P }, KEY_LENGTH);
  return ['scrypt', N, R, P, salt, hash].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  return scryptMatches(password, salt, hash, { N: Number(n), r: Number(r), p: Number(p) });
}

/** Letters and digits that cannot be mistaken for one another when read off a screen (no 0/O, 1/l/I). */
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A password the server chooses (new account, reset): shown once, replaced by its holder at first login. */
export function newOneTimePassword(length = 10): string {
  return Array.from({ length }, () => READABLE[randomInt(READABLE.length)]).join('');
}

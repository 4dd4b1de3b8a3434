/**
 * Random secrets (session tokens, device keys, ticket tracking tokens). Only a SHA-256 of session tokens
 * and device keys is stored, so a copied database file does not hand out logins.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * Random bytes drawn from the system a few kilobytes at a time: each draw is a system call of about 20 µs
 * on a virtual machine, and every ticket takes a tracking token. The pool is the same CSPRNG output,
 * handed out once each and never reused.
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function takeRandom(bytes: number): Buffer {
  if (bytes > POOL_BYTES) return randomBytes(bytes);
  if (poolOffset + bytes > pool.length) {
    pool = randomBytes(POOL_BYTES);
    poolOffset = 0;
  }
  const taken = Buffer.from(pool.subarray(poolOffset, poolOffset + bytes));
  pool.fill(0, poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return taken;
}

export function newSecret(bytes = 24): string {
  return takeRandom(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Digits of the rating code printed on a slip: short enough to type on a kiosk, too many to guess. */
export const RATING_CODE_DIGITS = 6;

export function newRatingCode(): string {
  return String(randomInt(0, 10 ** RATING_CODE_DIGITS)).padStart(RATING_CODE_DIGITS, '0');
}

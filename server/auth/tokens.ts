/**
 * Random secrets (session tokens, device keys, ticket tracking tokens). Only a SHA-256 of session tokens
 * and device keys is stored, so a copied database file does not hand out logins.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

export function newSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Digits of the rating code printed on a slip: short enough to type on a kiosk, too many to guess. */
export const RATING_CODE_DIGITS = 6;

export function newRatingCode(): string {
  return String(randomInt(0, 10 ** RATING_CODE_DIGITS)).padStart(RATING_CODE_DIGITS, '0');
}

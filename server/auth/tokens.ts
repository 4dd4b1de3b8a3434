/**
 * Random secrets (session tokens, device keys, ticket tracking tokens). Only a SHA-256 of session tokens
 * and device keys is stored, so a copied database file does not hand out logins.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

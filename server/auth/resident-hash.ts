/**
 * The hall's salted hash of what identifies a resident (an ID number): an HMAC under a key made once per
 * hall (migration 020) and kept with its data (ID numbers; bookings' mobile numbers). Equal inputs give equal hashes within one hall, so "this
 * person already holds a ticket" can be checked, while the stored value says nothing of the number to
 * someone who has the hashes but not the key. Each purpose is a separate domain, so a hash made for one
 * can never be matched against another.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../db/open';

/** 'mobile': a booking's mobile number (server/commands/booking-public.ts), for its limits per person. */
export type ResidentHashPurpose = 'id-number' | 'mobile';

export interface ResidentHasher {
  hash(purpose: ResidentHashPurpose, value: string): string;
}

export function residentHasher(db: Db): ResidentHasher {
  const row = db.prepare("SELECT value FROM hall_secrets WHERE name = 'resident-hash'").get() as { value: Buffer } | undefined;
  if (!row) throw new Error('the hall has no resident hash key (migration 020 makes it)');
  const key = Buffer.from(row.value);
  return {
    hash: (purpose, value) => createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest('base64url'),
  };
}

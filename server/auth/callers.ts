/**
 * Who is calling, remembered. Every socket command and HTTP request presents its credential again;
 * looking it up in the database each time would cost a read per command. A resolved caller is kept
 * until its session expires, and forgotten at once when the session ends (logout) or the device key is
 * revoked, so a cached caller is never one the database would refuse.
 */
import type { Db } from '../db/open';
import type { Actor } from './actor';
import { hashSecret } from './tokens';
import { lookUpCaller, refusalOf, type Credentials, type ResolvedCaller } from './resolve';
import type { ErrorCode } from '../../protocol/errors';

/** Enough for every device and staff member of a hall many times over; beyond it the cache starts again. */
const MAX_ENTRIES = 10_000;

export type { Credentials };

/** What the transports need: the caller behind a credential, or null when it is not (or no longer) good. */
export interface CallerLookup {
  resolve(creds: Credentials, now: number): Actor | null;
  /** The error code a refused credential is answered with (a device key: unknown or revoked). */
  refusal(creds: Credentials): ErrorCode;
}

export class CallerCache implements CallerLookup {
  private readonly entries = new Map<string, ResolvedCaller>();

  constructor(private readonly db: Db) {}

  resolve(creds: Credentials, now: number): Actor | null {
    const key = cacheKey(creds);
    if (key === null) return { kind: 'anonymous' };
    const cached = this.entries.get(key);
    if (cached && now < cached.validUntil) return cached.actor;
    if (cached) this.entries.delete(key);
    const found = lookUpCaller(this.db, creds, now);
    if (!found) return null;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, found);
    return found.actor;
  }

  refusal(creds: Credentials): ErrorCode {
    return refusalOf(this.db, creds);
  }

  /** The session ended (logout): its token must be looked up again, and will then be refused. */
  forgetSession(token: string): void {
    this.entries.delete(cacheKey({ token }) ?? '');
  }

  /**
   * The account changed (role, password, disabled): its callers are looked up again at their next
   * command, and then see the change or are refused.
   */
  forgetUser(userId: number): void {
    for (const [key, { actor }] of this.entries) {
      if (actor.kind === 'user' && actor.userId === userId) this.entries.delete(key);
    }
  }

  /** The device's key was revoked. */
  forgetDevice(deviceId: number): void {
    for (const [key, { actor }] of this.entries) {
      if (actor.kind === 'device' && actor.deviceId === deviceId) this.entries.delete(key);
    }
  }
}

/** Keyed by a hash, so the cache holds no usable secret. */
function cacheKey(creds: Credentials): string | null {
  if (creds.token) return `session:${hashSecret(creds.token)}`;
  if (creds.deviceKey) return `device:${hashSecret(creds.deviceKey)}`;
  return null;
}

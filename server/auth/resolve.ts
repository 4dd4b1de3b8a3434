/**
 * Turns presented credentials (a session token or a device key) into an Actor. Presenting a wrong or
 * expired credential is an error, not a silent downgrade to anonymous, so a display with a revoked key
 * notices at once.
 */
import type { Db } from '../db/open';
import type { Actor } from './actor';
import { hashSecret } from './tokens';
import { sessionUser } from '../db/queries/users';
import { deviceByKeyHash } from '../db/queries/devices';

export interface Credentials {
  token?: string | undefined;
  deviceKey?: string | undefined;
}

/** An actor and the time until which the credential stays good (a session's expiry; devices: forever). */
export interface ResolvedCaller {
  actor: Actor;
  validUntil: number;
}

export function lookUpCaller(db: Db, creds: Credentials, now: number): ResolvedCaller | null {
  if (creds.token) {
    const session = sessionUser(db, hashSecret(creds.token), now);
    if (!session) return null;
    const { user } = session;
    return { actor: { kind: 'user', userId: user.id, role: user.role, displayName: user.displayName,
      mustChangePassword: user.mustChangePassword }, validUntil: session.expiresAt };
  }
  if (creds.deviceKey) {
    const device = deviceByKeyHash(db, hashSecret(creds.deviceKey));
    return device ? { actor: { kind: 'device', deviceId: device.id, deviceKind: device.kind, printerId: device.printerId,
      counterId: device.counterId, centreIds: device.centreIds }, validUntil: Number.POSITIVE_INFINITY } : null;
  }
  return { actor: { kind: 'anonymous' }, validUntil: Number.POSITIVE_INFINITY };
}

/**
 * Turns presented credentials (a session token or a device key) into an Actor. Presenting a wrong or
 * expired credential is an error, not a silent downgrade to anonymous, so a display with a revoked key
 * notices at once.
 */
import type { Db } from '../db/open';
import type { Actor } from './actor';
import { hashSecret } from './tokens';
import { sessionUser } from '../db/queries/users';
import { deviceByKeyHash, keyOfRevokedDevice } from '../db/queries/devices';
import { displayScopeOf } from '../../protocol/display-kind';
import type { ErrorCode } from '../../protocol/errors';

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
      counterId: device.counterId, centreIds: device.centreIds,
      displayScope: device.kind === 'display' ? displayScopeOf(device) : null }, validUntil: Number.POSITIVE_INFINITY } : null;
  }
  return { actor: { kind: 'anonymous' }, validUntil: Number.POSITIVE_INFINITY };
}

/**
 * Why lookUpCaller refused a credential. A refused device key says which way it is wrong (unknown:
 * mistyped or replaced; revoked), so the device can tell the technician what to do on the console; a
 * session simply ends. Looked up only on a refusal, never for a good caller.
 */
export function refusalOf(db: Db, creds: Credentials): ErrorCode {
  if (creds.token || !creds.deviceKey) return 'UNAUTHENTICATED';
  return keyOfRevokedDevice(db, hashSecret(creds.deviceKey)) ? 'DEVICE_KEY_REVOKED' : 'DEVICE_KEY_UNKNOWN';
}

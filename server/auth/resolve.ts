/**
 * Turns presented credentials (a session token or a device key) into an Actor. Presenting a wrong or
 * expired credential is an error, not a silent downgrade to anonymous, so a display with a revoked key
 * notices at once.
 */
import type { Db } from '../db/open';
import type { Actor } from './actor';
import { hashSecret } from './tokens';
import { deviceByKeyHash, sessionUser } from '../db/queries/users';

export interface Credentials {
  token?: string | undefined;
  deviceKey?: string | undefined;
}

export function resolveActor(db: Db, creds: Credentials, now: number): Actor | null {
  if (creds.token) {
    const user = sessionUser(db, hashSecret(creds.token), now);
    return user ? { kind: 'user', userId: user.id, role: user.role, displayName: user.displayName } : null;
  }
  if (creds.deviceKey) {
    const device = deviceByKeyHash(db, hashSecret(creds.deviceKey));
    return device ? { kind: 'device', deviceId: device.id, deviceKind: device.kind, printerId: device.printerId, counterId: device.counterId } : null;
  }
  return { kind: 'anonymous' };
}

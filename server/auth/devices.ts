/**
 * Device keys: a key is made here, shown once, and only its hash is stored. Issuing a new key to a
 * device (re-key) replaces the old hash, so the old key stops working.
 */
import type { Db } from '../db/open';
import type { DeviceKind } from '../../protocol/views';
import { deviceByKeyHash, insertDevice, setDeviceKey, type DeviceFields } from '../db/queries/devices';
import { hashSecret, newSecret } from './tokens';

export interface IssuedDevice {
  id: number;
  kind: DeviceKind;
  name: string;
  /** Shown once: only its hash is stored. */
  key: string;
}

export function issueDeviceKey(db: Db, d: DeviceFields, now: number): IssuedDevice {
  const key = newSecret(24);
  const id = insertDevice(db, { ...d, keyHash: hashSecret(key) }, now);
  return { id, kind: d.kind, name: d.name, key };
}

/** A new key for the device; the old one is refused from now on. */
export function rekeyDevice(db: Db, deviceId: number): string {
  const key = newSecret(24);
  setDeviceKey(db, deviceId, hashSecret(key));
  return key;
}

/** Whether the key still opens a device (not revoked, not replaced). */
export function keyIsActive(db: Db, key: string): boolean {
  return deviceByKeyHash(db, hashSecret(key)) !== null;
}

import type { Db } from '../db/open';
import type { DeviceKind } from '../../protocol/views';
import { insertDevice } from '../db/queries/users';
import { hashSecret, newSecret } from './tokens';

export interface IssuedDevice {
  id: number;
  kind: DeviceKind;
  name: string;
  /** Shown once: only its hash is stored. */
  key: string;
}

export function issueDeviceKey(db: Db, d: { kind: DeviceKind; name: string; printerId: string | null;
  counterId: number | null }, now: number): IssuedDevice {
  const key = newSecret(24);
  const id = insertDevice(db, { ...d, keyHash: hashSecret(key) }, now);
  return { id, kind: d.kind, name: d.name, key };
}

import type { Db } from '../db/open';
import type { DeviceKind } from '../../protocol/views';
import { insertDevice } from '../db/queries/users';
import { counterById } from '../db/queries/hall';
import { printerExists } from '../db/queries/printing';
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

/**
 * The field naming a printer or counter that does not exist, if any: a device tied to nothing would
 * fail at its first slip or rating, so it is refused when it is created.
 */
export function unknownDeviceLink(db: Db, d: { printerId: string | null; counterId: number | null }): 'printerId' | 'counterId' | null {
  if (d.printerId !== null && !printerExists(db, d.printerId)) return 'printerId';
  if (d.counterId !== null && counterById(db, d.counterId) === null) return 'counterId';
  return null;
}

/**
 * The things a device is tied to must exist: a device tied to nothing would fail at its first slip,
 * rating or call, so it is refused when it is saved, naming the field.
 */
import type { Db } from '../db/open';
import type { DeviceBindingView } from '../../protocol/views';
import { counterById } from '../db/queries/hall';
import { printerExists } from '../db/queries/printing';
import { centreExists } from '../db/queries/staff';

/** Field paths (`centreIds.1` for the second centre) of links to things that do not exist. */
export function unknownLinks(db: Db, b: DeviceBindingView): string[] {
  const unknown: string[] = [];
  if (b.printerId !== null && !printerExists(db, b.printerId)) unknown.push('printerId');
  if (b.counterId !== null && counterById(db, b.counterId) === null) unknown.push('counterId');
  if (b.centreId !== null && !centreExists(db, b.centreId)) unknown.push('centreId');
  b.centreIds.forEach((id, i) => {
    if (!centreExists(db, id)) unknown.push(`centreIds.${i}`);
  });
  return unknown;
}

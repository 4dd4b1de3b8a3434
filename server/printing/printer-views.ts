import type { Db } from '../db/open';
import type { PrinterStateView } from '../../protocol/events';
import type { PrinterStatus } from '../../printers';
import { listDevices } from '../db/queries/users';
import { listPrinters } from '../db/queries/printing';

/** Printer states as kiosks and consoles see them, with the kiosks that print on each. */
export function printerViews(db: Db, statuses: readonly PrinterStatus[]): PrinterStateView[] {
  const devices = listDevices(db);
  const names = new Map(listPrinters(db).map((p) => [p.id, p.name ?? p.id]));
  return statuses.map((s) => ({
    printerId: s.printerId,
    name: names.get(s.printerId) ?? s.printerId,
    state: s.state,
    kioskIds: devices.filter((d) => d.kind === 'kiosk' && d.printerId === s.printerId).map((d) => d.id),
    checkedAt: s.checkedAt,
  }));
}

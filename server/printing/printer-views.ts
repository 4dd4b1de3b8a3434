import type { Db } from '../db/open';
import type { PrinterStateView } from '../../protocol/events';
import type { PrinterStatus } from '../../printers';
import { listDevices } from '../db/queries/devices';
import { listPrinters } from '../db/queries/printing';

/** The name staff know a printer by: its configured name, else its id. */
export function printerName(db: Db, printerId: string): string {
  return listPrinters(db).find((p) => p.id === printerId)?.name ?? printerId;
}

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

import type { PrinterStateView } from '../../../protocol/events';
import type { KioskDevice } from './kiosk-device';

/** Printer states in which a slip still comes out (near end: a few metres of paper are left). */
const PRINTING_STATES: ReadonlySet<PrinterStateView['state']> = new Set(['ok', 'paper_near_end']);

/**
 * Whether a paper slip can come out of this kiosk right now: 'ready', 'cannot' (its printer reports a
 * problem, or it has none: the resident must note the number on screen), or 'unknown' (not told yet;
 * no warning then, the ticket screen still says what happened).
 */
export type SlipReadiness = 'ready' | 'cannot' | 'unknown';

export function printerOfKiosk(printers: PrinterStateView[], device: KioskDevice): PrinterStateView | null {
  return (
    printers.find((p) => p.kioskIds.includes(device.deviceId)) ??
    printers.find((p) => device.printerId !== null && p.printerId === device.printerId) ??
    null
  );
}

export function slipReadiness(printers: PrinterStateView[], device: KioskDevice | null): SlipReadiness {
  if (!device) return 'unknown';
  const printer = printerOfKiosk(printers, device);
  if (printer) return PRINTING_STATES.has(printer.state) ? 'ready' : 'cannot';
  return device.printerId === null ? 'cannot' : 'unknown';
}

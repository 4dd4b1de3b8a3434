/**
 * The driver of a kiosk without a printer. It reports 'offline' — the only state in the shared union
 * that tells a kiosk "no paper slip" — and refuses every job with `no_printer`. The manager marks such
 * printers with kind 'none' so the server does not raise an alert for a printer that does not exist.
 */
import type { PrinterState } from '../types';
import { PrintDeliveryError, type PrinterDriver } from './driver';

export class NoPrinterDriver implements PrinterDriver {
  readonly kind = 'none';

  async print(): Promise<void> {
    throw new PrintDeliveryError('no_printer', false, 'no printer is configured for this kiosk');
  }

  async status(): Promise<PrinterState> {
    return 'offline';
  }
}

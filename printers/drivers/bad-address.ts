/**
 * The driver of a printer whose stored address cannot be read. One bad row in the printer table must
 * not stop the hall from starting (under a service manager it would restart and fail for ever), so the
 * printer is kept but disabled: it reports `bad_address` — staff see it, kiosks fall back to the
 * on-screen ticket — until an admin saves a valid address and the server restarts.
 */
import type { PrinterState } from '../types';
import { PrintDeliveryError, type PrinterDriver } from './driver';

export class BadAddressDriver implements PrinterDriver {
  readonly kind = 'unusable';

  constructor(readonly reason: string) {}

  async print(): Promise<void> {
    throw new PrintDeliveryError('printer_unavailable', false, this.reason);
  }

  async status(): Promise<PrinterState> {
    return 'bad_address';
  }
}

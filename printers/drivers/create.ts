/** The driver for a PrinterConfig url. */
import path from 'node:path';
import type { PrinterConfig } from '../types';
import { parsePrinterUrl } from '../printer-url';
import type { PrinterDriver } from './driver';
import type { DriverTimeouts } from './timeouts';
import { EscPosNetworkDriver } from './escpos-network';
import { EscPosDeviceDriver } from './escpos-device';
import { SimulatedDriver } from './simulated';
import { NoPrinterDriver } from './none';

export interface DriverOptions extends Partial<DriverTimeouts> {
  /** DATA_DIR: simulated printers write under <dataDir>/prints. */
  dataDir: string;
  /** Network printers: confirm delivery with a status query after each job (default true). */
  confirmDelivery?: boolean;
}

export class PrinterUrlError extends Error {}

export function createDriver(config: PrinterConfig, options: DriverOptions): PrinterDriver {
  const address = parsePrinterUrl(config.url);
  const timeouts: Partial<DriverTimeouts> = {
    connectTimeoutMs: options.connectTimeoutMs,
    writeTimeoutMs: options.writeTimeoutMs,
    statusTimeoutMs: options.statusTimeoutMs,
  };
  if (address === null) throw new PrinterUrlError(`printer ${config.id}: cannot read url "${config.url}"`);
  switch (address.kind) {
    case 'network':
      return new EscPosNetworkDriver(address.host, address.port, { ...timeouts, confirmDelivery: options.confirmDelivery });
    case 'device':
      return new EscPosDeviceDriver(address.path, timeouts);
    case 'simulated':
      return new SimulatedDriver(path.join(options.dataDir, 'prints'));
    case 'none':
      return new NoPrinterDriver();
  }
}

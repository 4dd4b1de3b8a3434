/**
 * Printing as a hall module. Placeholder wiring until the printers/ subsystem is connected: reports
 * every printer as unable to print, so kiosks show the on-screen ticket.
 */
import type { Db } from '../db/open';
import type { Config } from '../config';
import type { HallModule } from '../hall-server';

export function createPrintingModule(_db: Db, _config: Config): HallModule {
  return { printers: { canPrint: () => false } };
}

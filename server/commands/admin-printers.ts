/**
 * Printer configuration: supervisors and admins list the printers with their current state; admins
 * save one (network address, printer device path, `simulated` or `none`; paper width). The printer
 * manager reads the list at start, so a saved printer takes effect at the next restart
 * (docs/PRINTERS.md).
 */
import type { CommandDef } from './define';
import type { PrinterConfigView } from '../../protocol/admin';
import { listPrinters, savePrinter } from '../db/queries/printing';
import { isPrinterUrl } from '../../printers';
import { fail } from './errors';
import { audit } from './audit';

export const printerList: CommandDef<'printer.list'> = {
  name: 'printer.list',
  permits: ['supervisor', 'admin'],
  run(ctx) {
    const states = new Map(ctx.printers.views().map((v) => [v.printerId, v]));
    return listPrinters(ctx.db).map((p) => ({ id: p.id, name: p.name ?? p.id, url: p.url, paperWidth: p.paperWidth,
      status: states.get(p.id) ?? null }));
  },
};

export const printerSave: CommandDef<'printer.save'> = {
  name: 'printer.save',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    // The printer layer decides what an address means (printers/printer-url.ts); anything else is refused.
    if (!isPrinterUrl(input.url)) fail('BAD_REQUEST', ['url']);
    const before = listPrinters(ctx.db).find((p) => p.id === input.id) ?? null;
    const saved: PrinterConfigView = { id: input.id, name: input.name, url: input.url, paperWidth: input.paperWidth };
    savePrinter(ctx.db, saved);
    audit(ctx, `printer:${input.id}`, before, saved);
    return { ...saved, appliesAfterRestart: true };
  },
};

/**
 * Printers, for admins (supervisors may read them with their live state): add, edit, remove, print a
 * test page. A change applies at once, without a restart: after commit the printing module replaces
 * the printer's driver (queued slips follow it to the new address) or retires a removed printer (its
 * queued slips fail with a staff alert). See docs/PRINTERS.md.
 */
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import type { PrinterAdminView, PrinterConfigView } from '../../protocol/admin';
import { deletePrinter, listPrinters, savePrinter } from '../db/queries/printing';
import { kiosksUsingPrinter } from '../db/queries/devices';
import { isPrinterUrl } from '../../printers';
import { fail } from './errors';
import { audit } from './audit';
import { printFor } from './print-target';

function configOf(ctx: CommandContext, id: string): PrinterConfigView | null {
  const p = listPrinters(ctx.db).find((printer) => printer.id === id);
  return p ? { id: p.id, name: p.name ?? p.id, url: p.url, paperWidth: p.paperWidth } : null;
}

function found(ctx: CommandContext, id: string): PrinterConfigView {
  return configOf(ctx, id) ?? fail('NOT_FOUND', ['id']);
}

function withState(ctx: CommandContext, p: PrinterConfigView): PrinterAdminView {
  return { ...p, status: ctx.printers.views().find((v) => v.printerId === p.id) ?? null };
}

/** Stores the printer and has it applied after commit. The printer layer decides what an address means. */
function store(ctx: CommandContext, before: PrinterConfigView | null, next: PrinterConfigView): PrinterAdminView {
  if (!isPrinterUrl(next.url)) fail('BAD_REQUEST', ['url']);
  savePrinter(ctx.db, next);
  audit(ctx, `printer:${next.id}`, before, next);
  ctx.outbox.printerChanged(next.id);
  ctx.outbox.hallConfig();
  // The state is the old one until the printing module has checked the new address (a printers event follows).
  return withState(ctx, next);
}

export const printerList: CommandDef<'printer.list'> = {
  name: 'printer.list',
  permits: ['supervisor', 'admin'],
  run(ctx) {
    return listPrinters(ctx.db).map((p) => withState(ctx, { id: p.id, name: p.name ?? p.id, url: p.url, paperWidth: p.paperWidth }));
  },
};

export const printerGet: CommandDef<'printer.get'> = {
  name: 'printer.get',
  permits: ['supervisor', 'admin'],
  run(ctx, { id }) {
    return withState(ctx, found(ctx, id));
  },
};

export const printerCreate: CommandDef<'printer.create'> = {
  name: 'printer.create',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    if (configOf(ctx, input.id)) fail('ALREADY_EXISTS', ['id']);
    return store(ctx, null, input);
  },
};

export const printerUpdate: CommandDef<'printer.update'> = {
  name: 'printer.update',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id, ...changes }) {
    const before = found(ctx, id);
    return store(ctx, before, { id, name: changes.name ?? before.name, url: changes.url ?? before.url,
      paperWidth: changes.paperWidth ?? before.paperWidth });
  },
};

export const printerSave: CommandDef<'printer.save'> = {
  name: 'printer.save',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    return store(ctx, configOf(ctx, input.id), input);
  },
};

export const printerRemove: CommandDef<'printer.remove'> = {
  name: 'printer.remove',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id }) {
    const before = found(ctx, id);
    // A kiosk printing on it would lose its slips: it is moved to another printer first.
    if (kiosksUsingPrinter(ctx.db, id).length > 0) fail('IN_USE', ['id']);
    deletePrinter(ctx.db, id);
    audit(ctx, `printer:${id}`, before, null);
    ctx.outbox.printerChanged(id);
    ctx.outbox.hallConfig();
    return before;
  },
};

export const printerTest: CommandDef<'printer.test'> = {
  name: 'printer.test',
  permits: ['admin'],
  run(ctx, { id }) {
    found(ctx, id);
    const print = printFor(ctx, id);
    if (print.status === 'queued') ctx.outbox.print({ kind: 'test', ticketId: null, serviceId: '', printerId: id, deviceId: null });
    return { print };
  },
};

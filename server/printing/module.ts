/**
 * Printing as a hall module: a slip a command asks for is recorded in that command's transaction (kept
 * exactly when its ticket is) and goes to the printer manager after commit, never inside a transaction;
 * printer state changes reach kiosks and consoles through the hall stream; a slip that fails raises a
 * staff alert and tells the kiosk, which then shows the ticket on screen. The printers themselves are
 * configured in the `printers` table by admins (printer.* commands); a change is applied here after
 * commit, without a restart (see docs/PRINTERS.md).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import type { Config } from '../config';
import type { HallModule, HallServer } from '../hall-server';
import type { Outbox, PrintRequest } from '../commands/outbox';
import type { HallSettings } from '../hall/settings';
import type { Clock } from '../commands/context';
import { PrinterManager, type PrintJob, type PrinterManagerOptions } from '../../printers';
import { listPrinters } from '../db/queries/printing';
import { ticketById } from '../db/queries/tickets';
import { printMessagesWithEdits } from '../mn-texts/print-lookup';
import { SqliteJobStore } from './job-store';
import { noticeSlip, ticketSlip } from './slips';
import { printerName, printerViews } from './printer-views';
import { slipOrigin } from './slip-origin';

export interface PrintingModule extends HallModule {
  manager: PrinterManager;
}

interface Pending {
  request: PrintRequest;
  ticketNumber: string | null;
}

/** `clock` is the hall's: print jobs, printer states and stale-job checks all read the same time. */
export function createPrintingModule(db: Db, config: Config, clock: Clock,
  options: Partial<Omit<PrinterManagerOptions, 'now'>> = {}): PrintingModule {
  const now = (): number => clock.now();
  const store = new SqliteJobStore(db, now);
  // Slips print the Mongolian edited in the translation workbench (tests may pass their own lookup).
  const manager = new PrinterManager(listPrinters(db), { dataDir: config.dataDir, store, messages: printMessagesWithEdits(db), ...options, now });
  const pending = new Map<string, Pending>();
  let hall: HallServer | null = null;

  const jobFor = (settings: HallSettings, request: PrintRequest, now: number): { job: PrintJob; number: string | null } | null => {
    const id = `${request.kind}-${request.ticketId ?? 'none'}-${randomUUID()}`;
    if (request.kind === 'ticket') {
      const ticket = request.ticketId !== null ? ticketById(db, request.ticketId) : null;
      if (!ticket) return null;
      const slip = ticketSlip(db, settings, ticket, now, request.reprint ? now : null);
      return { job: { id, kind: 'ticket', createdAt: now, ticket: slip }, number: ticket.number };
    }
    if (request.kind === 'test') {
      const printer = listPrinters(db).find((p) => p.id === request.printerId);
      if (!printer) return null;
      return { job: { id, kind: 'test', createdAt: now, test: { hallName: settings.name, hallNameMn: settings.nameMn,
        printerLabel: `${printer.name ?? printer.id} · ${printer.url}`, printedAt: now, timezone: settings.timezone } }, number: null };
    }
    return { job: { id, kind: 'notice', createdAt: now, notice: noticeSlip(db, settings, request.serviceId, now) }, number: null };
  };

  /** A printer added, edited or removed by an admin: applied now, before any slip of the same change. */
  const apply = (printerId: string): void => {
    const config = listPrinters(db).find((p) => p.id === printerId);
    if (config) manager.put(config);
    else manager.remove(printerId);
  };

  /** Jobs recorded in their command's transaction, by request, until they are handed to the manager after commit. */
  const recorded = new WeakMap<PrintRequest, { job: PrintJob; number: string | null }>();

  const record = (request: PrintRequest): void => {
    if (!hall) return;
    let built: ReturnType<typeof jobFor>;
    try {
      built = jobFor(hall.settings, request, hall.clock.now());
    } catch (err) {
      // A slip that cannot be laid out must not cost the resident their ticket: the command goes on without it.
      console.error('print job could not be built', err);
      return;
    }
    if (!built) return;
    store.record(request.printerId, built.job, request.ticketId);
    recorded.set(request, built);
  };

  const submit = (request: PrintRequest): void => {
    const built = recorded.get(request);
    if (!built) return;
    pending.set(built.job.id, { request, ticketNumber: built.number });
    manager.submit(request.printerId, built.job, { recorded: true }).catch((err: unknown) => console.error('print job failed', err));
  };

  return {
    manager,
    printers: {
      canPrint: (printerId) => manager.canPrint(printerId),
      views: () => printerViews(db, manager.states()),
    },
    beforeCommit(outbox: Outbox) {
      for (const request of outbox.prints) record(request);
    },
    onCommit(outbox: Outbox) {
      for (const printerId of outbox.changedPrinters) apply(printerId);
      for (const request of outbox.prints) submit(request);
    },
    start(started: HallServer) {
      hall = started;
      manager.onStateChange((change) => {
        const views = printerViews(db, [change]);
        const at = change.checkedAt;
        started.broadcaster.publishPrinters(views,
          change.state === 'ok' ? undefined
            : { kind: 'printer_state', printerId: change.printerId, printerName: printerName(db, change.printerId),
              state: change.state, failure: null, ticketId: null, ticketNumber: null, at });
      });
      manager.onJobResult((result) => {
        const entry = pending.get(result.jobId);
        pending.delete(result.jobId);
        // A job without an entry was left by an earlier run (reported at start): staff are told all the same.
        const origin = entry ? { ticketId: entry.request.kind === 'ticket' ? entry.request.ticketId : null, number: entry.ticketNumber }
          : slipOrigin(db, result.jobId);
        const request = entry?.request;
        if (request && request.deviceId !== null && request.kind !== 'test') {
          started.broadcaster.publishPrintResult(request.deviceId, {
            ticketId: request.ticketId, kind: request.kind, printerId: request.printerId, outcome: result.outcome,
          });
        }
        if (result.outcome !== 'printed') {
          started.broadcaster.publishAlert({ kind: 'print_failed', printerId: result.printerId,
            printerName: printerName(db, result.printerId), state: manager.state(result.printerId),
            failure: result.error?.code ?? null, ticketId: origin.ticketId, ticketNumber: origin.number, at: result.finishedAt });
        }
      });
      void manager.start();
    },
    async close() {
      await manager.stop();
    },
  };
}

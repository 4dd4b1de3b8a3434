/**
 * All printers of a hall: one driver, one queue and one status poller each. The server talks to this
 * class only — it submits jobs, reads states for kiosks and consoles, and listens for state changes
 * and job results (to push them over socket.io and raise staff alerts).
 *
 * A job for a printer that cannot print now (paper out, cover open, offline, error, or `none`) is not
 * held back for later: it fails at once with a clear code, so the kiosk shows the on-screen ticket and
 * staff can reprint (a new job) when the printer is back. A resident should not wait for paper.
 */
import type {
  JobResult, PaperWidth, PrintJob, PrinterConfig, PrinterState, PrinterStateChange, PrinterStatus, PrintFailureCode,
} from './types';
import type { PrintDocument } from './layout/blocks';
import { documentFor } from './layout';
import { catalogPrintMessages, type PrintMessageLookup } from './layout/texts';
import { isPrintableState } from './escpos/status';
import type { DriverKind, PrinterDriver } from './drivers/driver';
import type { DriverTimeouts } from './drivers/timeouts';
import { createDriver, type DriverOptions } from './drivers/create';
import { SimulatedDriver } from './drivers/simulated';
import { BadAddressDriver } from './drivers/bad-address';
import { InMemoryJobStore, type JobStore } from './queue/job-store';
import { Lane } from './queue/lane';
import { DEFAULT_QUEUE_OPTIONS, PrintQueue, type AttemptReport, type QueueOptions } from './queue/print-queue';

export interface PrinterManagerOptions extends Partial<DriverTimeouts>, Partial<QueueOptions> {
  /** DATA_DIR; simulated printers write under <dataDir>/prints/<date>/. */
  dataDir: string;
  /** Pause between status checks of each printer (default 5 s). */
  statusIntervalMs?: number;
  /** Network printers confirm each job with a status answer (default true). */
  confirmDelivery?: boolean;
  /** Default: in memory. The server passes its SQLite store. */
  store?: JobStore;
  /** Label lookup; default the shipped print catalog. */
  messages?: PrintMessageLookup;
  now?: () => number;
  /** Slips in a row that may fail on a printer that answers status before it is no longer offered (default 2). */
  failuresBeforeWithdrawal?: number;
  /** How long such a printer is withdrawn before one slip may try it again (default 60 s). */
  withdrawalMs?: number;
  /** Replaces the url-based driver choice (tests, or printers on other transports). */
  driverFor?: (config: PrinterConfig, options: DriverOptions) => PrinterDriver;
}

export interface PrinterInfo extends PrinterStatus {
  name: string;
  url: string;
  kind: DriverKind;
  paperWidth: PaperWidth;
}

type Listener<T> = (value: T) => void;

interface Printer {
  config: PrinterConfig;
  driver: PrinterDriver;
  lane: Lane;
  queue: PrintQueue;
  status: PrinterStatus;
  poller: NodeJS.Timeout | null;
  /** Slips that reached the printer and failed, in a row. */
  failures: number;
  /** When the printer was withdrawn for failing slips while answering status; null when offered. */
  withdrawnAt: number | null;
}

const DEFAULT_STATUS_INTERVAL_MS = 5000;
const DEFAULT_FAILURES_BEFORE_WITHDRAWAL = 2;
const DEFAULT_WITHDRAWAL_MS = 60_000;

function notify<T>(listeners: Set<Listener<T>>, value: T): void {
  for (const listener of listeners) {
    try {
      listener(value);
    } catch {
      // One faulty listener must not keep the others from hearing.
    }
  }
}

function subscribe<T>(listeners: Set<Listener<T>>, listener: Listener<T>): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A printer whose address cannot be used is disabled with `bad_address`; it never stops the start. */
function driverOrDisabled(
  config: PrinterConfig,
  options: DriverOptions,
  driverFor: (config: PrinterConfig, options: DriverOptions) => PrinterDriver,
): PrinterDriver {
  try {
    return driverFor(config, options);
  } catch (error) {
    return new BadAddressDriver(error instanceof Error ? error.message : String(error));
  }
}

export class PrinterManager {
  private readonly printers = new Map<string, Printer>();
  private readonly store: JobStore;
  private readonly now: () => number;
  private readonly statusIntervalMs: number;
  private readonly messages: PrintMessageLookup;
  private readonly failuresBeforeWithdrawal: number;
  private readonly withdrawalMs: number;
  private readonly inFlight = new Map<string, Promise<JobResult>>();
  private readonly stateListeners = new Set<Listener<PrinterStateChange>>();
  private readonly resultListeners = new Set<Listener<JobResult>>();
  private readonly attemptListeners = new Set<Listener<AttemptReport>>();
  private running = false;
  private readonly queueOptions: QueueOptions;
  private readonly driverOptions: DriverOptions;
  private readonly driverFor: (config: PrinterConfig, options: DriverOptions) => PrinterDriver;

  constructor(configs: PrinterConfig[], options: PrinterManagerOptions) {
    this.store = options.store ?? new InMemoryJobStore();
    this.now = options.now ?? Date.now;
    this.statusIntervalMs = options.statusIntervalMs ?? DEFAULT_STATUS_INTERVAL_MS;
    this.messages = options.messages ?? catalogPrintMessages;
    this.failuresBeforeWithdrawal = options.failuresBeforeWithdrawal ?? DEFAULT_FAILURES_BEFORE_WITHDRAWAL;
    this.withdrawalMs = options.withdrawalMs ?? DEFAULT_WITHDRAWAL_MS;
    this.queueOptions = {
      maxAttempts: options.maxAttempts ?? DEFAULT_QUEUE_OPTIONS.maxAttempts,
      retryDelayMs: options.retryDelayMs ?? DEFAULT_QUEUE_OPTIONS.retryDelayMs,
      maxRetryDelayMs: options.maxRetryDelayMs ?? DEFAULT_QUEUE_OPTIONS.maxRetryDelayMs,
      jobTimeoutMs: options.jobTimeoutMs ?? DEFAULT_QUEUE_OPTIONS.jobTimeoutMs,
    };
    this.driverOptions = {
      dataDir: options.dataDir,
      connectTimeoutMs: options.connectTimeoutMs,
      writeTimeoutMs: options.writeTimeoutMs,
      statusTimeoutMs: options.statusTimeoutMs,
      confirmDelivery: options.confirmDelivery,
    };
    this.driverFor = options.driverFor ?? createDriver;

    for (const config of configs) {
      if (this.printers.has(config.id)) throw new Error(`printer id "${config.id}" appears twice`);
      this.printers.set(config.id, this.build(config));
    }
  }

  private build(config: PrinterConfig): Printer {
    const driver = driverOrDisabled(config, this.driverOptions, this.driverFor);
    // Until the first check a printer counts as offline; a `none` printer stays so.
    const status: PrinterStatus = { printerId: config.id, state: 'offline', checkedAt: driver.kind === 'none' ? this.now() : 0 };
    const lane = new Lane();
    const id = config.id;
    const current = (): Printer | undefined => this.printers.get(id);
    const queue = new PrintQueue({
      printerId: id,
      // Read at each attempt: an edited printer's waiting jobs go to its new address (see put()).
      driver: () => current()?.driver ?? driver,
      lane,
      store: this.store,
      options: this.queueOptions,
      toDocument: (job) => this.document(job, current()?.config.paperWidth ?? config.paperWidth),
      state: () => this.state(id) ?? 'offline',
      canPrint: () => this.canPrint(id),
      onAttempt: (report) => notify(this.attemptListeners, report),
      onResult: (result) => this.jobFinished(id, result),
      now: this.now,
    });
    return { config, driver, lane, queue, status, poller: null, failures: 0, withdrawnAt: null };
  }

  /**
   * Adds a printer, or changes one in place (address, paper width, name) while the hall runs. A changed
   * printer keeps its queue: jobs waiting (and retries, which never follow a delivered byte) go to the
   * new address; the job being sent finishes on the old one. The new address is checked at once.
   */
  put(config: PrinterConfig): void {
    const existing = this.printers.get(config.id);
    if (!existing) {
      const printer = this.build(config);
      this.printers.set(config.id, printer);
      if (this.running) void this.check(printer).finally(() => this.schedulePoll(printer));
      return;
    }
    if (existing.poller) clearTimeout(existing.poller);
    existing.poller = null;
    existing.config = config;
    existing.driver = driverOrDisabled(config, this.driverOptions, this.driverFor);
    existing.failures = 0;
    existing.withdrawnAt = null;
    if (existing.driver.kind === 'none') this.setState(existing, 'offline');
    else if (this.running) void this.check(existing).finally(() => this.schedulePoll(existing));
  }

  /**
   * Removes a printer while the hall runs: the job being sent finishes, jobs still waiting fail now
   * (`unknown_printer`, announced like any failed job, so staff are alerted and can reprint elsewhere),
   * and later jobs for it are refused the same way.
   */
  remove(printerId: string): void {
    const printer = this.printers.get(printerId);
    if (!printer) return;
    this.printers.delete(printerId);
    if (printer.poller) clearTimeout(printer.poller);
    printer.poller = null;
    printer.queue.retire('unknown_printer', `printer "${printerId}" was removed`);
  }

  private document(job: PrintJob, paperWidth: PaperWidth): PrintDocument {
    return documentFor(job, paperWidth, this.messages);
  }

  /**
   * Checks every printer once, then keeps checking each every `statusIntervalMs`; jobs left pending by
   * a previous run are resumed (or reported interrupted when they may have printed).
   */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await Promise.all([...this.printers.values()].map((printer) => this.check(printer)));
    for (const printer of this.printers.values()) this.schedulePoll(printer);
    this.resumePending();
  }

  /**
   * Stops quickly, for a shutdown, even while a printer hangs: pollers stop, the job being sent is
   * abandoned and queued jobs do not start; all of them stay pending in the store for the next start
   * (see PrintQueue.stop). Waits only for status checks in progress, which have their own deadlines.
   */
  async stop(): Promise<void> {
    this.running = false;
    for (const printer of this.printers.values()) {
      if (printer.poller) clearTimeout(printer.poller);
      printer.poller = null;
      printer.queue.stop();
    }
    await this.idle();
    // A task queued behind everything on each lane runs only when the lane is clear.
    await Promise.all([...this.printers.values()].map((printer) => printer.lane.run(async () => undefined)));
  }

  /** Resolves when no printer has a job waiting or printing. */
  async idle(): Promise<void> {
    await Promise.all([...this.printers.values()].map((printer) => printer.queue.idle()));
  }

  /**
   * Queue a job. Resolves with its result (also delivered to onJobResult listeners). A printer that
   * cannot print now fails the job at once (`printer_unavailable`, `no_printer`, `unknown_printer`).
   * Submitting an id that is still in progress returns that job's result instead of printing it again.
   * `recorded`: the caller has already written the job to the store (the server does so in the
   * transaction of the command that asked for the slip, so the slip is kept exactly when the ticket is).
   */
  submit(printerId: string, job: PrintJob, { recorded = false }: { recorded?: boolean } = {}): Promise<JobResult> {
    const existing = this.inFlight.get(job.id);
    if (existing) return existing;

    const printer = this.printers.get(printerId);
    let promise: Promise<JobResult>;
    if (!printer) {
      promise = Promise.resolve(this.refuse(printerId, job, recorded, 'unknown_printer', `no printer "${printerId}"`));
    } else if (!this.canPrint(printerId)) {
      const code: PrintFailureCode = printer.driver.kind === 'none' ? 'no_printer' : 'printer_unavailable';
      promise = Promise.resolve(this.refuse(printerId, job, recorded, code, `printer is ${printer.status.state}`));
    } else {
      try {
        if (!recorded) this.store.add(printerId, job);
      } catch {
        // The store makes jobs survive a restart; a resident at the kiosk still gets the slip without it.
      }
      promise = printer.queue.enqueue(job);
    }
    return this.track(job.id, promise);
  }

  /** Records and announces a job that is failed without an attempt. */
  private refuse(printerId: string, job: PrintJob, recorded: boolean, code: PrintFailureCode, detail: string): JobResult {
    const result: JobResult = { jobId: job.id, printerId, outcome: 'failed', attempts: 0, error: { code, detail }, finishedAt: this.now() };
    try {
      if (!recorded) this.store.add(printerId, job);
      this.store.complete(result);
    } catch {
      // The store is a record; the refusal stands without it.
    }
    notify(this.resultListeners, result);
    return result;
  }

  private jobFinished(printerId: string, result: JobResult): void {
    // A failed delivery usually means the printer changed: look now rather than at the next poll, and
    // announce the result after that, so whoever hears it reads the printer's state as it is now.
    const printer = this.printers.get(printerId);
    if (printer && result.attempts > 0) this.countDelivery(printer, result);
    if (printer && result.outcome !== 'printed' && result.attempts > 0) {
      void this.check(printer).finally(() => notify(this.resultListeners, result));
    } else {
      notify(this.resultListeners, result);
    }
  }

  /**
   * A printer that answers status but fails the slips that reach it (hangs on jobs, never confirms, cuts
   * them short) would keep being offered to kiosks; after a few such failures in a row it is withdrawn.
   */
  private countDelivery(printer: Printer, result: JobResult): void {
    if (result.outcome === 'printed') {
      printer.failures = 0;
      printer.withdrawnAt = null;
      return;
    }
    printer.failures += 1;
    if (printer.failures >= this.failuresBeforeWithdrawal) printer.withdrawnAt = this.now();
  }

  /**
   * The state to show for a status answer, given a withdrawal: `error` (故障) while withdrawn. A printer
   * seen not ready (switched off, paper out…) is trusted again once it is back; one that kept answering
   * gets one more slip after `withdrawalMs` — a failure then withdraws it again.
   */
  private withWithdrawal(printer: Printer, state: PrinterState): PrinterState {
    if (printer.withdrawnAt === null) return state;
    if (!isPrintableState(state)) {
      printer.withdrawnAt = null;
      printer.failures = 0;
      return state;
    }
    if (this.now() - printer.withdrawnAt < this.withdrawalMs) return 'error';
    printer.withdrawnAt = null;
    printer.failures = this.failuresBeforeWithdrawal - 1;
    return state;
  }

  private track(jobId: string, promise: Promise<JobResult>): Promise<JobResult> {
    this.inFlight.set(jobId, promise);
    // Settled either way; a rejected job is reported to its caller, not a second time here as an
    // unhandled rejection (which would end the process).
    const forget = (): void => {
      this.inFlight.delete(jobId);
    };
    promise.then(forget, forget);
    return promise;
  }

  private resumePending(): void {
    for (const { printerId, job, delivering } of this.store.pending()) {
      if (this.inFlight.has(job.id)) continue;
      const printer = this.printers.get(printerId);
      if (printer && !delivering) {
        void this.track(job.id, printer.queue.enqueue(job));
        continue;
      }
      // Bytes of this job may have reached the printer before the restart: report, never resend.
      const result: JobResult = {
        jobId: job.id,
        printerId,
        outcome: 'failed',
        attempts: delivering ? 1 : 0,
        error: printer
          ? { code: 'interrupted', detail: 'the server stopped while this job was being sent' }
          : { code: 'unknown_printer', detail: `no printer "${printerId}"` },
        finishedAt: this.now(),
      };
      this.store.complete(result);
      notify(this.resultListeners, result);
    }
  }

  /** Last known state; null for an unknown printer id. */
  state(printerId: string): PrinterState | null {
    return this.printers.get(printerId)?.status.state ?? null;
  }

  status(printerId: string): PrinterStatus | null {
    const printer = this.printers.get(printerId);
    return printer ? { ...printer.status } : null;
  }

  states(): PrinterStatus[] {
    return [...this.printers.values()].map((printer) => ({ ...printer.status }));
  }

  printerInfo(): PrinterInfo[] {
    return [...this.printers.values()].map(({ config, driver, status }) => ({
      ...status,
      name: config.name ?? config.id,
      url: config.url,
      kind: driver.kind,
      paperWidth: config.paperWidth,
    }));
  }

  /** Whether a slip submitted now is expected to come out. */
  canPrint(printerId: string): boolean {
    const printer = this.printers.get(printerId);
    if (!printer || printer.driver.kind === 'none') return false;
    return isPrintableState(printer.status.state);
  }

  /** Check a printer now (waits for a job in progress to finish first). */
  async refresh(printerId: string): Promise<PrinterState | null> {
    const printer = this.printers.get(printerId);
    if (!printer) return null;
    await this.check(printer);
    return printer.status.state;
  }

  /** For demos: make a simulated printer report `state`. False when the printer is not simulated. */
  simulate(printerId: string, state: PrinterState): boolean {
    const printer = this.printers.get(printerId);
    if (!printer || !(printer.driver instanceof SimulatedDriver)) return false;
    printer.driver.simulate(state);
    this.setState(printer, state);
    return true;
  }

  onStateChange(listener: Listener<PrinterStateChange>): () => void {
    return subscribe(this.stateListeners, listener);
  }

  onJobResult(listener: Listener<JobResult>): () => void {
    return subscribe(this.resultListeners, listener);
  }

  /** Every failed attempt, including those that will be retried. */
  onJobAttempt(listener: Listener<AttemptReport>): () => void {
    return subscribe(this.attemptListeners, listener);
  }

  private async check(printer: Printer): Promise<void> {
    if (printer.driver.kind === 'none') return;
    const state = await printer.lane.run(() => printer.driver.status()).catch((): PrinterState => 'error');
    if (this.printers.get(printer.config.id) !== printer) return; // removed meanwhile: nobody should hear of it
    this.setState(printer, this.withWithdrawal(printer, state));
  }

  private setState(printer: Printer, state: PrinterState): void {
    const previous = printer.status.state;
    printer.status = { printerId: printer.config.id, state, checkedAt: this.now() };
    if (previous !== state) notify(this.stateListeners, { ...printer.status, previous });
  }

  private schedulePoll(printer: Printer): void {
    // One poll chain per printer, none for a removed one (a round in flight ends here).
    if (!this.running || printer.driver.kind === 'none' || printer.poller !== null) return;
    if (this.printers.get(printer.config.id) !== printer) return;
    printer.poller = setTimeout(() => {
      printer.poller = null;
      // A printer busy with a job is not interrupted; it is checked on the next round.
      const round = printer.lane.busy ? Promise.resolve() : this.check(printer);
      void round.finally(() => this.schedulePoll(printer));
    }, this.statusIntervalMs);
    printer.poller.unref();
  }
}

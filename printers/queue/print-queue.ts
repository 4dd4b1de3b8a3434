/**
 * The jobs of one printer, printed one at a time in the order they came. Every job ends with exactly
 * one result. A job is tried again only while none of its bytes can have reached the printer (the
 * connection was refused or timed out); once bytes went out, a failure is final, so a slip is never
 * printed twice. Each job has one deadline covering all its attempts and the pauses between them.
 */
import type { PrintDocument } from '../layout/blocks';
import type { JobResult, PrintFailure, PrintFailureCode, PrintJob, PrinterState } from '../types';
import { asDeliveryError, type PrinterDriver } from '../drivers/driver';
import type { JobStore } from './job-store';
import type { Lane } from './lane';

export interface QueueOptions {
  /** Attempts per job, the first included. */
  maxAttempts: number;
  /** Pause after the first failed attempt; doubles after each further one. */
  retryDelayMs: number;
  maxRetryDelayMs: number;
  /** Deadline for a job from the moment it starts, all attempts included. */
  jobTimeoutMs: number;
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  maxAttempts: 3,
  retryDelayMs: 250,
  maxRetryDelayMs: 2000,
  jobTimeoutMs: 20000,
};

/** One failed attempt, reported whether or not another follows (for logs and staff consoles). */
export interface AttemptReport {
  jobId: string;
  printerId: string;
  attempt: number;
  error: PrintFailure;
  willRetry: boolean;
}

export interface PrintQueueDeps {
  printerId: string;
  /**
   * The printer's driver now. An admin may change the printer's address while jobs wait: each attempt
   * goes through the driver of the moment, so waiting jobs (and retries, which never follow a delivered
   * byte) reach the new address.
   */
  driver(): PrinterDriver;
  lane: Lane;
  store: JobStore;
  options: QueueOptions;
  toDocument(job: PrintJob): PrintDocument;
  /** The printer's last known state; a job starts only when it is printable. */
  state(): PrinterState;
  canPrint(): boolean;
  onAttempt(report: AttemptReport): void;
  onResult(result: JobResult): void;
  now(): number;
}

interface Entry {
  job: PrintJob;
  resolve(result: JobResult): void;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** A slip sent whole but never confirmed may have printed: `uncertain`; every other failure is `failed`. */
export function outcomeOfFailure(code: PrintFailureCode): JobResult['outcome'] {
  return code === 'unconfirmed' ? 'uncertain' : 'failed';
}

/** What a job still in the queue answers when the queue stops: it stays pending for the next start. */
export const LEFT_FOR_RESTART = 'left pending for the next start: the server was stopping';

export class PrintQueue {
  private readonly entries: Entry[] = [];
  private draining: Promise<void> | null = null;
  private printing = false;
  private stopped = false;
  /** Set when the printer was removed: why jobs are refused. */
  private retired: PrintFailure | null = null;
  /** Aborts the job being sent now. */
  private current: AbortController | null = null;

  constructor(private readonly deps: PrintQueueDeps) {}

  /** Jobs waiting or printing. */
  get length(): number {
    return this.entries.length + (this.printing ? 1 : 0);
  }

  /** Queue a job already recorded in the store; resolves with its result. */
  enqueue(job: PrintJob): Promise<JobResult> {
    if (this.stopped) return Promise.resolve(this.leftForRestart(job));
    if (this.retired) {
      const result = this.failed(job.id, this.retired.code, this.retired.detail, 0);
      this.finish(result);
      return Promise.resolve(result);
    }
    return new Promise((resolve) => {
      this.entries.push({ job, resolve });
      if (!this.draining) this.draining = this.drain();
    });
  }

  /**
   * Stops at once, for a shutdown: the job being sent is abandoned and no further job starts. Neither
   * gets a result in the store, so the next start finds them there — jobs that never started are
   * printed then (if still recent), the abandoned one is reported interrupted (its bytes may be out).
   * Their callers get a failed answer now, and listeners hear nothing.
   */
  stop(): void {
    this.stopped = true;
    this.current?.abort();
    for (let entry = this.entries.shift(); entry; entry = this.entries.shift()) entry.resolve(this.leftForRestart(entry.job));
  }

  /**
   * The printer was removed: the job being sent finishes (its bytes may already be out), every job still
   * waiting fails now with `code` — recorded and announced like any failure, so staff are alerted and a
   * kiosk shows its ticket on screen — and later jobs are refused the same way.
   */
  retire(code: PrintFailureCode, detail: string): void {
    this.retired = { code, detail };
    for (let entry = this.entries.shift(); entry; entry = this.entries.shift()) {
      const result = this.failed(entry.job.id, code, detail, 0);
      this.finish(result);
      entry.resolve(result);
    }
  }

  private leftForRestart(job: PrintJob): JobResult {
    return this.failed(job.id, 'interrupted', LEFT_FOR_RESTART, 0);
  }

  /** Resolves when no job is waiting or printing. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // Let the caller's synchronous code finish before the first job starts.
    await Promise.resolve();
    for (let entry = this.entries.shift(); entry; entry = this.entries.shift()) {
      const { job, resolve } = entry;
      this.printing = true;
      // process() handles every failure it expects; anything else still ends the job (as possibly printed).
      const result = await this.process(job).catch((error: unknown) =>
        this.failed(job.id, 'write_failed', `unexpected: ${String(error)}`, 1));
      this.printing = false;
      if (this.stopped && result.outcome !== 'printed') {
        // Abandoned by stop(): the store keeps the job pending for the next start.
        resolve({ ...result, error: { code: 'interrupted', detail: LEFT_FOR_RESTART } });
        continue;
      }
      this.finish(result);
      resolve(result);
    }
    this.draining = null;
  }

  private finish(result: JobResult): void {
    try {
      this.deps.store.complete(result);
    } catch {
      // A store failure must not stop the queue; the result still reaches the listeners.
    }
    try {
      this.deps.onResult(result);
    } catch {
      // Listener errors belong to the listener.
    }
  }

  private failed(jobId: string, code: PrintFailureCode, detail: string, attempts: number): JobResult {
    return {
      jobId,
      printerId: this.deps.printerId,
      outcome: outcomeOfFailure(code),
      attempts,
      error: { code, detail },
      finishedAt: this.deps.now(),
    };
  }

  private report(report: AttemptReport): void {
    try {
      this.deps.onAttempt(report);
    } catch {
      // Listener errors belong to the listener.
    }
  }

  private async process(job: PrintJob): Promise<JobResult> {
    const { deps } = this;
    if (!deps.canPrint()) {
      return this.failed(job.id, deps.driver().kind === 'none' ? 'no_printer' : 'printer_unavailable',
        `printer is ${deps.state()}`, 0);
    }
    let doc: PrintDocument;
    try {
      doc = deps.toDocument(job);
    } catch (error) {
      return this.failed(job.id, 'render_failed', String(error), 0);
    }

    const controller = new AbortController();
    this.current = controller;
    const { signal } = controller;
    const deadline = setTimeout(() => controller.abort(), deps.options.jobTimeoutMs);
    let delivered = false;
    const onFirstByte = (): void => {
      if (delivered) return;
      delivered = true;
      try {
        deps.store.markDelivering(job.id);
      } catch {
        // Keep printing: the mark only matters after a crash.
      }
    };

    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await deps.lane.run(() => deps.driver().print(doc, { signal, onFirstByte }));
          return { jobId: job.id, printerId: deps.printerId, outcome: 'printed', attempts: attempt, finishedAt: deps.now() };
        } catch (error) {
          const failure = asDeliveryError(error, delivered);
          // The job deadline cut the attempt short; a slip sent whole but unconfirmed stays `unconfirmed`.
          const code: PrintFailureCode = signal.aborted && failure.code !== 'unconfirmed' ? 'timeout' : failure.code;
          const willRetry = failure.retryable && !delivered && !signal.aborted && attempt < deps.options.maxAttempts;
          this.report({ jobId: job.id, printerId: deps.printerId, attempt, error: { code, detail: failure.message }, willRetry });
          if (!willRetry) return this.failed(job.id, code, failure.message, attempt);
          const delay = Math.min(deps.options.maxRetryDelayMs, deps.options.retryDelayMs * 2 ** (attempt - 1));
          await pause(delay, signal);
          if (signal.aborted) {
            return this.failed(job.id, 'timeout', `not delivered within ${deps.options.jobTimeoutMs} ms (${attempt} attempts)`, attempt);
          }
        }
      }
    } finally {
      clearTimeout(deadline);
      this.current = null;
    }
  }
}

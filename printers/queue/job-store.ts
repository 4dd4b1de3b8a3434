/**
 * Where jobs wait until they have a result. The manager records a job when it is submitted (unless the
 * caller recorded it already, as the hall server does in the command's transaction), marks it the
 * moment its first byte is about to leave, and records its result; after a restart, `pending()` tells
 * which jobs to send again (never sent) and which to report as interrupted (may have printed).
 * Methods are synchronous, as better-sqlite3 is.
 */
import type { JobResult, PrintJob } from '../types';

export interface PendingJob {
  printerId: string;
  job: PrintJob;
  /** True once a byte may have reached the printer: such a job is never sent again. */
  delivering: boolean;
}

export interface JobStore {
  add(printerId: string, job: PrintJob): void;
  markDelivering(jobId: string): void;
  complete(result: JobResult): void;
  /** Jobs without a result, oldest first. */
  pending(): PendingJob[];
}

/** Keeps pending jobs in memory; results are not kept (listeners receive them). */
export class InMemoryJobStore implements JobStore {
  private readonly jobs = new Map<string, PendingJob>();

  add(printerId: string, job: PrintJob): void {
    if (this.jobs.has(job.id)) throw new Error(`print job ${job.id} is already pending`);
    this.jobs.set(job.id, { printerId, job, delivering: false });
  }

  markDelivering(jobId: string): void {
    const entry = this.jobs.get(jobId);
    if (entry) entry.delivering = true;
  }

  complete(result: JobResult): void {
    this.jobs.delete(result.jobId);
  }

  pending(): PendingJob[] {
    return [...this.jobs.values()].map((entry) => ({ ...entry }));
  }
}

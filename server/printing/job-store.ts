/**
 * Print jobs kept in the hall's SQLite file, so a restart neither loses a queued slip nor prints one
 * twice (a job that may have reached the printer is reported interrupted instead of resent).
 */
import type { Db } from '../db/open';
import type { JobResult, JobStore, PendingJob, PrintJob } from '../../printers';
import {
  completePrintJob, dropStalePrintJobs, insertPrintJob, markPrintJobDelivering, pendingPrintJobs,
} from '../db/queries/printing';

/**
 * A slip still queued when the server stopped is printed at the next start only if it is recent: the
 * resident who asked for it has left after a few minutes, and a late slip would be taken by someone else.
 */
export const RESUME_MAX_AGE_MS = 3 * 60_000;

export class SqliteJobStore implements JobStore {
  /** Ticket of each job submitted in this process, recorded with the job row. */
  private readonly ticketOf = new Map<string, number | null>();

  constructor(private readonly db: Db, private readonly now: () => number) {}

  expectTicket(jobId: string, ticketId: number | null): void {
    this.ticketOf.set(jobId, ticketId);
  }

  add(printerId: string, job: PrintJob): void {
    insertPrintJob(this.db, printerId, job, this.ticketOf.get(job.id) ?? null);
    this.ticketOf.delete(job.id);
  }

  markDelivering(jobId: string): void {
    markPrintJobDelivering(this.db, jobId);
  }

  complete(result: JobResult): void {
    completePrintJob(this.db, result);
  }

  pending(): PendingJob[] {
    dropStalePrintJobs(this.db, this.now() - RESUME_MAX_AGE_MS, this.now());
    return pendingPrintJobs(this.db);
  }
}

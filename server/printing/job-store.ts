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
  constructor(private readonly db: Db, private readonly now: () => number) {}

  /**
   * Records a slip inside the transaction of the command that asked for it: it is kept exactly when
   * the ticket is, and costs no commit of its own. The manager is then told the job is already here.
   */
  record(printerId: string, job: PrintJob, ticketId: number | null): void {
    insertPrintJob(this.db, printerId, job, ticketId);
  }

  /** A job the manager was handed without a record (none in the hall: every slip is recorded with its command). */
  add(printerId: string, job: PrintJob): void {
    this.record(printerId, job, null);
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

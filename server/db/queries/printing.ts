import type { Db } from '../open';
import { statement } from './statement';
import type { JobResult, PrintJob, PrinterConfig, PaperWidth } from '../../../printers';
import type { PendingJob } from '../../../printers';

export function listPrinters(db: Db): PrinterConfig[] {
  return (statement(db, 'SELECT id, name, url, paper_width FROM printers ORDER BY id').all() as
    { id: string; name: string; url: string; paper_width: number }[])
    .map((r) => ({ id: r.id, name: r.name, url: r.url, paperWidth: r.paper_width as PaperWidth }));
}

export function printerExists(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM printers WHERE id = ?').get(id) !== undefined;
}

export function savePrinter(db: Db, p: Required<PrinterConfig>): void {
  statement(db, `INSERT INTO printers (id, name, url, paper_width) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, url = excluded.url, paper_width = excluded.paper_width`)
    .run(p.id, p.name, p.url, p.paperWidth);
}

export function deletePrinter(db: Db, id: string): void {
  statement(db, 'DELETE FROM printers WHERE id = ?').run(id);
}

export function insertPrintJob(db: Db, printerId: string, job: PrintJob, ticketId: number | null): void {
  statement(db, `INSERT INTO print_jobs (id, printer_id, kind, ticket_id, payload, status, created_at)
    VALUES (?, ?, ?, ?, ?, 'queued', ?)`).run(job.id, printerId, job.kind, ticketId, JSON.stringify(job), job.createdAt);
}

export function markPrintJobDelivering(db: Db, jobId: string): void {
  statement(db, `UPDATE print_jobs SET status = 'delivering' WHERE id = ? AND status = 'queued'`).run(jobId);
}

/** An `uncertain` job is stored as failed with error code `unconfirmed`, from which the outcome follows. */
export function completePrintJob(db: Db, r: JobResult): void {
  statement(db, `UPDATE print_jobs SET status = ?, attempts = ?, error_code = ?, finished_at = ? WHERE id = ?`)
    .run(r.outcome === 'uncertain' ? 'failed' : r.outcome, r.attempts, r.error?.code ?? null, r.finishedAt, r.jobId);
}

export function pendingPrintJobs(db: Db): PendingJob[] {
  return (statement(db, `SELECT printer_id, payload, status FROM print_jobs WHERE status IN ('queued', 'delivering')
    ORDER BY created_at, id`).all() as { printer_id: string; payload: string; status: string }[])
    .map((r) => ({ printerId: r.printer_id, job: JSON.parse(r.payload) as PrintJob, delivering: r.status === 'delivering' }));
}

export function printJobKind(db: Db, jobId: string): string | null {
  const row = statement(db, 'SELECT kind FROM print_jobs WHERE id = ?').get(jobId) as { kind: string } | undefined;
  return row?.kind ?? null;
}

export function ticketIdOfJob(db: Db, jobId: string): number | null {
  const row = statement(db, 'SELECT ticket_id FROM print_jobs WHERE id = ?').get(jobId) as { ticket_id: number | null } | undefined;
  return row?.ticket_id ?? null;
}

/** Queued jobs created before `before` will not be printed any more: recorded as failed ('stale'). */
export function dropStalePrintJobs(db: Db, before: number, now: number): number {
  return statement(db, `UPDATE print_jobs SET status = 'failed', error_code = 'stale', finished_at = ?
    WHERE status = 'queued' AND created_at < ?`).run(now, before).changes;
}

/**
 * Tickets of a business day, still ahead of their counter, whose paper slip did not come out: the
 * printer could not print when the ticket was issued (the resident was told to note the number), or
 * its latest slip failed or was never confirmed. A ticket with a later printed slip (a reprint) or one
 * still on its way is not listed.
 */
import type { Db } from '../open';
import { statement } from './statement';

export interface MissedSlipRow {
  ticketId: number;
  number: string;
  serviceId: string;
  arrivedAt: number;
  /** The print answer given at issue ('queued', 'unavailable', 'none'). */
  issueStatus: string | null;
  issuePrinterId: string | null;
  /** The latest ticket slip job, if any. */
  jobStatus: string | null;
  jobError: string | null;
  jobPrinterId: string | null;
  jobFinishedAt: number | null;
}

export function missedSlipRows(db: Db, businessDay: string): MissedSlipRow[] {
  return statement(db, `
    SELECT t.id AS ticketId, t.number, t.service_id AS serviceId, t.arrived_at AS arrivedAt,
      json_extract(e.data, '$.print.status') AS issueStatus,
      json_extract(e.data, '$.print.printerId') AS issuePrinterId,
      j.status AS jobStatus, j.error_code AS jobError, j.printer_id AS jobPrinterId, j.finished_at AS jobFinishedAt
    FROM tickets t
    JOIN ticket_events e ON e.ticket_id = t.id AND e.type = 'issued'
    LEFT JOIN print_jobs j ON j.id = (
      SELECT id FROM print_jobs WHERE ticket_id = t.id AND kind = 'ticket' ORDER BY created_at DESC, id DESC LIMIT 1)
    WHERE t.business_day = ? AND t.status IN ('waiting', 'called', 'held')
    ORDER BY t.arrived_at, t.id`).all(businessDay) as MissedSlipRow[];
}

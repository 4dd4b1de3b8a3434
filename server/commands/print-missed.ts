/**
 * print.missedSlips (staff roles): today's tickets still ahead of their counter that have no paper
 * slip, with the printer by name and its state now — so staff can reprint, or know whom the kiosk told
 * to note the number. The counter desk shows the list in its alerts area.
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { missedSlipRows, type MissedSlipRow } from '../db/queries/missed-slips';
import { PRINT_FAILURES, type PrintFailureView, type PrinterStateView } from '../../protocol/events';
import type { MissedSlipView } from '../../protocol/views';

function failureOf(code: string | null): PrintFailureView {
  return PRINT_FAILURES.find((known) => known === code) ?? 'write_failed';
}

/** Why the ticket has no slip, or null when it has one (or one is on its way). */
function missing(row: MissedSlipRow): Pick<MissedSlipView, 'reason' | 'uncertain' | 'printerId' | 'at'> | null {
  if (row.jobStatus === null) {
    return row.issueStatus === 'unavailable'
      ? { reason: 'unavailable', uncertain: false, printerId: row.issuePrinterId, at: row.arrivedAt }
      : null;
  }
  if (row.jobStatus !== 'failed') return null;
  const reason = failureOf(row.jobError);
  return { reason, uncertain: reason === 'unconfirmed', printerId: row.jobPrinterId, at: row.jobFinishedAt ?? row.arrivedAt };
}

export const printMissedSlips: CommandDef<'print.missedSlips'> = {
  name: 'print.missedSlips',
  permits: STAFF_ROLES,
  run(ctx) {
    const printers = new Map<string, PrinterStateView>(ctx.printers.views().map((v) => [v.printerId, v]));
    const slips: MissedSlipView[] = [];
    for (const row of missedSlipRows(ctx.db, ctx.today)) {
      const gap = missing(row);
      if (!gap) continue;
      const printer = gap.printerId !== null ? printers.get(gap.printerId) : undefined;
      slips.push({
        ticketId: row.ticketId, number: row.number, serviceId: row.serviceId, ...gap,
        printerName: printer?.name ?? gap.printerId, printerState: printer?.state ?? null,
      });
    }
    return { slips };
  },
};

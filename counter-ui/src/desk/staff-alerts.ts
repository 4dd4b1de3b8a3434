/**
 * Staff alerts on the counter desk (a printer that stopped, a slip that did not print). Pure
 * bookkeeping, so the rules are testable:
 * - a printer that is not 'ok' in the hall snapshot is shown for as long as that lasts;
 * - a slip that failed is only known from its `hall.event` alert, and kept (newest first) until dismissed;
 * - a dismissed printer alert comes back when the server reports that printer's state again.
 */
import type { AlertView, PrinterStateView } from '../../../protocol/events';

export interface StaffAlert {
  key: string;
  kind: AlertView['kind'];
  printerId: string;
  /** The name staff know the printer by. */
  printerName: string;
  state: PrinterStateView['state'] | null;
  /** Why a slip failed; `unconfirmed`: it may have printed. Null for a printer's state. */
  failure: AlertView['failure'];
  ticketNumber: string | null;
  /** Id of the ticket whose slip failed, when the server names it (see alertTicketId). */
  ticketId: number | null;
  at: number;
}

export interface AlertBook {
  failed: StaffAlert[];
  dismissed: string[];
}

export const EMPTY_ALERT_BOOK: AlertBook = { failed: [], dismissed: [] };

/** Failed slips remembered at once: older ones have long been dealt with or reprinted. */
export const FAILED_KEPT = 10;

export function printerAlertKey(printerId: string, state: PrinterStateView['state']): string {
  return `printer:${printerId}:${state}`;
}

/**
 * The failed ticket's id. AlertView names the ticket by number only today; an id, if the server adds
 * one, saves looking the number up among the tickets this desk knows.
 */
export function alertTicketId(alert: AlertView): number | null {
  return 'ticketId' in alert && typeof alert.ticketId === 'number' ? alert.ticketId : null;
}

export function receiveAlert(book: AlertBook, alert: AlertView): AlertBook {
  if (alert.kind === 'printer_state') {
    if (alert.state === null) return book;
    const key = printerAlertKey(alert.printerId, alert.state);
    return { ...book, dismissed: book.dismissed.filter((k) => k !== key) };
  }
  const key = `failed:${alert.printerId}:${alert.at}:${alert.ticketNumber ?? ''}`;
  if (book.failed.some((f) => f.key === key)) return book;
  const entry: StaffAlert = {
    key,
    kind: 'print_failed',
    printerId: alert.printerId,
    printerName: alert.printerName,
    state: alert.state,
    failure: alert.failure,
    ticketNumber: alert.ticketNumber,
    ticketId: alertTicketId(alert),
    at: alert.at,
  };
  return { ...book, failed: [entry, ...book.failed].slice(0, FAILED_KEPT) };
}

export function dismissAlert(book: AlertBook, key: string): AlertBook {
  const failed = book.failed.filter((f) => f.key !== key);
  const dismissed = key.startsWith('printer:') && !book.dismissed.includes(key) ? [...book.dismissed, key] : book.dismissed;
  return { failed, dismissed };
}

/** What the banner shows: stopped printers first (they stop every kiosk slip), then failed slips. */
export function visibleAlerts(book: AlertBook, printers: PrinterStateView[]): StaffAlert[] {
  const printerAlerts = printers
    .filter((p) => p.state !== 'ok' && !book.dismissed.includes(printerAlertKey(p.printerId, p.state)))
    .map((p): StaffAlert => ({
      key: printerAlertKey(p.printerId, p.state),
      kind: 'printer_state',
      printerId: p.printerId,
      printerName: p.name,
      state: p.state,
      failure: null,
      ticketNumber: null,
      ticketId: null,
      at: p.checkedAt,
    }));
  return [...printerAlerts, ...book.failed];
}

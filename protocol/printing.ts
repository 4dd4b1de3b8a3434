/**
 * What clients are told about printers and slips: a printer's state and why a slip did not print. Its
 * own module because both the snapshot views (./views) and the pushed events (./events) carry them.
 */

export interface PrinterStateView {
  printerId: string;
  /** Name staff know the printer by (大厅取号机打印机). */
  name: string;
  /**
   * `bad_address`: the stored address is not a printer address, so the printer is not used until an
   * admin corrects it; `not_a_printer`: something answers on the address, but not as a receipt printer.
   */
  state: 'ok' | 'paper_near_end' | 'paper_out' | 'cover_open' | 'offline' | 'error' | 'bad_address' | 'not_a_printer';
  /** Kiosks (device ids) that print on this printer. */
  kioskIds: number[];
  checkedAt: number;
}

/**
 * What became of a slip. `uncertain`: every byte was sent but the printer did not confirm it, so it may
 * or may not have come out (staff ask the resident before reprinting).
 */
export type PrintOutcomeView = 'printed' | 'failed' | 'uncertain';

/**
 * Why a slip did not print; each has a staff text `print.failure.<code>` in the catalog. Among them:
 * `unconfirmed` — the whole slip was sent and the printer never confirmed it (outcome `uncertain`);
 * `cut_short` — the printer reported paper end, an open cover or an error right after the slip;
 * `not_a_printer` — something answered on the printer's address, but not as a receipt printer;
 * `stale` — still queued when the server stopped, and too old to print at the next start.
 */
export const PRINT_FAILURES = [
  'printer_unavailable', 'no_printer', 'unknown_printer', 'connect_failed', 'write_failed', 'timeout', 'render_failed',
  'interrupted', 'unconfirmed', 'cut_short', 'not_a_printer', 'stale',
] as const;
export type PrintFailureView = (typeof PRINT_FAILURES)[number];

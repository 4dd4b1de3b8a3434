/**
 * Where this desk's reprints go (补打, 补打号票): the printer of the kiosk that issued the ticket unless
 * staff chose one nearer the window. Kept in the browser's localStorage like the key map: the choice
 * belongs to the PC at the window, not to whoever logs in. A stored printer the hall no longer has is
 * forgotten (the issuing kiosk's printer again).
 */
import { useState } from 'preact/hooks';
import type { PrinterStateView } from '../../../protocol/printing';
import type { LangApi } from '../../../ui-kit/i18n';

const STORE_KEY = 'hall.deskReprintPrinter';

function load(): string | null {
  try {
    return localStorage.getItem(STORE_KEY);
  } catch {
    return null; // storage switched off: the issuing kiosk's printer
  }
}

export interface ReprintPrinter {
  /** The chosen printer's id, or null for the issuing kiosk's printer. */
  printerId: string | null;
  choose(printerId: string | null): void;
}

/** What a dialog that reprints needs: the hall's printers and this desk's choice among them. */
export interface ReprintTo {
  printers: readonly PrinterStateView[];
  choice: ReprintPrinter;
}

/** Where a reprint went, in words: the chosen printer's name, or 取号时的打印机 (the issuing kiosk's). */
export function reprintTargetName(to: ReprintTo, t: LangApi['t']): string {
  return to.printers.find((p) => p.printerId === to.choice.printerId)?.name ?? t('desk.reprint.printerIssuing');
}

export function useReprintPrinter(printers: readonly PrinterStateView[]): ReprintPrinter {
  const [stored, setStored] = useState<string | null>(load);
  const printerId = stored !== null && printers.some((p) => p.printerId === stored) ? stored : null;
  return {
    printerId,
    choose: (next) => {
      setStored(next);
      try {
        if (next === null) localStorage.removeItem(STORE_KEY);
        else localStorage.setItem(STORE_KEY, next);
      } catch {
        // Kept for this session only.
      }
    },
  };
}

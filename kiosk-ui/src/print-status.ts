import type { PrintResultView } from '../../protocol/events';
import type { PrintAnswer } from '../../protocol/views';
import type { UiKey } from '../../protocol/catalog/ui-lookup';

/** What the ticket screen says about the paper slip: the server's first answer, then the printer's. */
export type SlipStatus = PrintAnswer['status'] | PrintResultView['outcome'];

export function slipStatus(answer: PrintAnswer['status'], outcome: PrintResultView['outcome'] | null): SlipStatus {
  // Only a queued slip gets a printer's answer; the others are final as answered.
  return answer === 'queued' && outcome !== null ? outcome : answer;
}

export function slipMessage(status: SlipStatus, withNotice: boolean): UiKey {
  switch (status) {
    case 'queued':
      return withNotice ? 'kiosk.print.queuedWithNotice' : 'kiosk.print.queued';
    case 'printed':
      return withNotice ? 'kiosk.print.printedWithNotice' : 'kiosk.print.printed';
    case 'failed':
      return 'kiosk.print.failed';
    case 'uncertain':
      return 'kiosk.print.uncertain';
    case 'unavailable':
      return 'kiosk.print.unavailable';
    case 'none':
      return 'kiosk.print.none';
  }
}

import { useEffect, useState } from 'preact/hooks';
import type { HallStream } from '../../protocol/client/hall-stream';
import type { PrintResultView } from '../../protocol/events';

/**
 * What the printer finally did with this ticket's slip ('print.result' is sent to the kiosk that asked).
 * A slip that was queued but failed must not leave the resident waiting at the slot for paper.
 */
export function usePrintOutcome(stream: HallStream, ticketId: number): PrintResultView['outcome'] | null {
  const [outcome, setOutcome] = useState<PrintResultView['outcome'] | null>(null);
  useEffect(() => {
    const onResult = (result: PrintResultView): void => {
      if (result.kind === 'ticket' && result.ticketId === ticketId) setOutcome(result.outcome);
    };
    stream.socket.on('print.result', onResult);
    return () => {
      stream.socket.off('print.result', onResult);
    };
  }, [stream, ticketId]);
  return outcome;
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { ErrorCode } from '../../../protocol/errors';
import type { PrintOutcomeView, PrintResultView } from '../../../protocol/events';
import { outcomeOf } from '../../../ui-kit/command-outcome';

export type NoticePrint =
  | { phase: 'idle' }
  | { phase: 'sending' }
  /** queued: on its way to the printer; printed/failed/uncertain: the printer answered; unavailable/none: screen only. */
  | { phase: 'answered'; status: 'queued' | PrintOutcomeView | 'unavailable' | 'none' }
  | { phase: 'unanswered' }
  | { phase: 'refused'; code: ErrorCode };

/**
 * Printing the 告知单 alone (`notice.print`), then following the printer's answer (`print.result` of
 * kind 'notice' from this kiosk's printer), so the resident knows whether to wait at the slot.
 */
export function useNoticePrint(stream: HallStream, serviceId: string): { state: NoticePrint; print: () => void } {
  const [state, setState] = useState<NoticePrint>({ phase: 'idle' });
  const awaiting = useRef<string | null>(null);

  useEffect(() => {
    const onResult = (result: PrintResultView): void => {
      if (result.kind !== 'notice' || result.printerId !== awaiting.current) return;
      awaiting.current = null;
      setState({ phase: 'answered', status: result.outcome });
    };
    stream.socket.on('print.result', onResult);
    return () => {
      stream.socket.off('print.result', onResult);
    };
  }, [stream]);

  return {
    state,
    print() {
      if (state.phase === 'sending' || (state.phase === 'answered' && state.status === 'queued')) return;
      setState({ phase: 'sending' });
      void outcomeOf(stream.send('notice.print', { serviceId })).then((outcome) => {
        if (outcome.kind === 'ok') {
          const { status, printerId } = outcome.data.print;
          awaiting.current = status === 'queued' ? printerId : null;
          setState({ phase: 'answered', status });
        } else if (outcome.kind === 'error') {
          setState({ phase: 'refused', code: outcome.code });
        } else {
          setState({ phase: 'unanswered' });
        }
      });
    },
  };
}

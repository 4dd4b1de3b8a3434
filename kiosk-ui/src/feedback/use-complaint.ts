import { useRef, useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { CommandInput } from '../../../protocol/commands';
import type { ErrorCode } from '../../../protocol/errors';
import { outcomeOf } from '../../../ui-kit/command-outcome';

export type ComplaintPhase =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'unanswered' }
  | { phase: 'refused'; code: ErrorCode };

/** Sends `complaint.submit`; a tap while one is on its way is ignored. */
export function useComplaint(stream: HallStream, onSent: () => void) {
  const [state, setState] = useState<ComplaintPhase>({ phase: 'idle' });
  const inFlight = useRef(false);
  return {
    state,
    submit(input: CommandInput<'complaint.submit'>): void {
      if (inFlight.current) return;
      inFlight.current = true;
      setState({ phase: 'sending' });
      void outcomeOf(stream.send('complaint.submit', input)).then((outcome) => {
        inFlight.current = false;
        if (outcome.kind === 'ok') onSent();
        else if (outcome.kind === 'error') setState({ phase: 'refused', code: outcome.code });
        else setState({ phase: 'unanswered' });
      });
    },
  };
}

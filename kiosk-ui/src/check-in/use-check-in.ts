/**
 * Sending `booking.checkIn` for one code. Checking in is idempotent on the server (the same code answers
 * the same ticket), so after "no answer" the resident may simply send again.
 */
import { useRef, useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { CheckInAnswer } from '../../../protocol/booking';
import type { ErrorCode } from '../../../protocol/errors';
import type { IssuedTicket } from '../../../protocol/views';
import { outcomeOf } from '../../../ui-kit/command-outcome';

export type CheckInPhase =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'unanswered' }
  | { phase: 'refused'; code: ErrorCode }
  | { phase: 'early'; answer: Extract<CheckInAnswer<IssuedTicket>, { outcome: 'early' }> };

export function useCheckIn(stream: HallStream, onTicket: (answer: Exclude<CheckInAnswer<IssuedTicket>, { outcome: 'early' }>) => void) {
  const [state, setState] = useState<CheckInPhase>({ phase: 'idle' });
  const inFlight = useRef(false);
  return {
    state,
    reset(): void {
      if (!inFlight.current) setState({ phase: 'idle' });
    },
    /** A scan the kiosk could not read as a code: said like an unknown code, nothing sent. */
    refuse(code: ErrorCode): void {
      if (!inFlight.current) setState({ phase: 'refused', code });
    },
    send(code: string): void {
      if (inFlight.current) return;
      inFlight.current = true;
      setState({ phase: 'sending' });
      void outcomeOf(stream.send('booking.checkIn', { code })).then((outcome) => {
        inFlight.current = false;
        if (outcome.kind === 'ok') {
          const answer = outcome.data;
          if (answer.outcome === 'early') setState({ phase: 'early', answer });
          else onTicket(answer);
        } else if (outcome.kind === 'error') setState({ phase: 'refused', code: outcome.code });
        else setState({ phase: 'unanswered' });
      });
    },
  };
}

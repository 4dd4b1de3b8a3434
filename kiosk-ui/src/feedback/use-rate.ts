import { useRef, useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { ErrorCode } from '../../../protocol/errors';
import type { RatingLevel, RatingReason } from '../../../protocol/rating';
import { outcomeOf } from '../../../ui-kit/command-outcome';

export type RatePhase =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'unanswered' }
  | { phase: 'refused'; code: ErrorCode };

/**
 * Sends `ticket.rate` by today's number. A second tap while one is on its way is ignored; after "no
 * answer" the resident may send again: the server answers ALREADY_RATED if the first one did arrive,
 * which the screen then takes as done.
 */
export function useRate(stream: HallStream, number: string, onRated: (level: RatingLevel) => void) {
  const [state, setState] = useState<RatePhase>({ phase: 'idle' });
  const inFlight = useRef(false);
  const hadNoAnswer = useRef(false);
  return {
    state,
    submit(level: RatingLevel, reasons: RatingReason[]): void {
      if (inFlight.current) return;
      inFlight.current = true;
      setState({ phase: 'sending' });
      const input = reasons.length > 0 ? { number, level, reasons } : { number, level };
      void outcomeOf(stream.send('ticket.rate', input)).then((outcome) => {
        inFlight.current = false;
        if (outcome.kind === 'ok') onRated(level);
        else if (outcome.kind === 'error' && outcome.code === 'ALREADY_RATED' && hadNoAnswer.current) onRated(level);
        else if (outcome.kind === 'error') setState({ phase: 'refused', code: outcome.code });
        else {
          hadNoAnswer.current = true;
          setState({ phase: 'unanswered' });
        }
      });
    },
  };
}

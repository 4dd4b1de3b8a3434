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
 * Sends `ticket.rate` by today's number and the slip's rating code. A second tap while one is on its way is ignored; after "no
 * answer" the resident may send again: the server answers ALREADY_RATED if the first one did arrive,
 * which the screen then takes as done.
 */
export function useRate(stream: HallStream, slip: { number: string; ratingCode: string }, onRated: (level: RatingLevel) => void) {
  const [state, setState] = useState<RatePhase>({ phase: 'idle' });
  const inFlight = useRef(false);
  const hadNoAnswer = useRef(false);
  return {
    state,
    submit(level: RatingLevel, reasons: RatingReason[]): void {
      if (inFlight.current) return;
      inFlight.current = true;
      setState({ phase: 'sending' });
      const input = reasons.length > 0 ? { ...slip, level, reasons } : { ...slip, level };
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

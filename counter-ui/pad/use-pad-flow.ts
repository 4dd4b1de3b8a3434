import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommandInput } from '../../protocol/commands';
import type { RatingLevel, RatingReason, RatingView } from '../../protocol/rating';
import type { CounterView } from '../../protocol/views';
import type { Outcome } from '../../ui-kit/command-outcome';
import {
  chooseLevel, deadlineOf, expire, INITIAL_FLOW, observeCounter, settle, startSending, toggleReason, type PadFlow,
} from './pad-flow';

export type SendRating = (input: CommandInput<'ticket.rate'>) => Promise<Outcome<RatingView>>;

export interface PadControls {
  flow: PadFlow;
  choose(level: RatingLevel): void;
  toggle(reason: RatingReason): void;
  submit(): void;
}

/** Binds the pure pad rules to the counter's live view, the wall clock and the command. */
export function usePadFlow(counter: CounterView | null, send: SendRating): PadControls {
  const [flow, setFlow] = useState<PadFlow>(INITIAL_FLOW);
  /** The prompt whose rating is on its way: a second tap before the screen redraws must not send twice. */
  const inFlight = useRef<number | null>(null);

  useEffect(() => {
    if (counter) setFlow((f) => observeCounter(f, counter, Date.now()));
  }, [counter]);

  // One timer for whichever screen is due to end, re-armed whenever the flow changes.
  useEffect(() => {
    const deadline = deadlineOf(flow);
    if (deadline === null) return;
    const timer = setTimeout(() => setFlow((f) => expire(f, Date.now())), Math.max(0, deadline - Date.now()));
    return () => clearTimeout(timer);
  }, [flow]);

  return {
    flow,
    choose: (level) => setFlow((f) => chooseLevel(f, level, Date.now())),
    toggle: (reason) => setFlow((f) => toggleReason(f, reason, Date.now())),
    submit: () => {
      const started = startSending(flow);
      if (!started || inFlight.current === started.prompt) return;
      inFlight.current = started.prompt;
      setFlow(started.flow);
      const answered = (outcome: Outcome<RatingView>): void => {
        inFlight.current = null;
        setFlow((f) => settle(f, started.prompt, outcome, Date.now()));
      };
      send(started.input).then(answered, () => answered({ kind: 'unanswered' }));
    },
  };
}

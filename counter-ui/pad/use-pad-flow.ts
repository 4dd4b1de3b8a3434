import { useEffect, useRef, useState } from 'preact/hooks';
import type { RatingLevel, RatingReason, RatingView } from '../../protocol/rating';
import type { CounterView } from '../../protocol/views';
import type { Outcome } from '../../ui-kit/command-outcome';
import {
  carryAgain, chooseLevel, deadlineOf, expire, INITIAL_FLOW, observeCounter, settle, startSending, takeCarried, toggleReason,
  type PadFlow, type RateInput,
} from './pad-flow';

export type SendRating = (input: RateInput) => Promise<Outcome<RatingView>>;

export interface PadControls {
  flow: PadFlow;
  choose(level: RatingLevel): void;
  toggle(reason: RatingReason): void;
  submit(): void;
}

/** A carried rating the server did not answer is tried again after this long. */
const CARRY_RETRY_MS = 5_000;

/** Binds the pure pad rules to the counter's live view, the wall clock and the command. */
export function usePadFlow(counter: CounterView | null, send: SendRating): PadControls {
  const [flow, setFlow] = useState<PadFlow>(INITIAL_FLOW);
  /** The prompt whose rating is on its way: a second tap before the screen redraws must not send twice. */
  const inFlight = useRef<number | null>(null);
  const sendRef = useRef(send);
  sendRef.current = send;

  useEffect(() => {
    if (counter) setFlow((f) => observeCounter(f, counter, Date.now()));
  }, [counter]);

  // Choices a newer finish left behind are sent in the background, for the ticket they were made about.
  useEffect(() => {
    const taken = takeCarried(flow);
    if (taken.inputs.length === 0) return;
    setFlow((f) => takeCarried(f).flow);
    for (const input of taken.inputs) {
      const retry = (): void => {
        setTimeout(() => setFlow((f) => carryAgain(f, input)), CARRY_RETRY_MS);
      };
      sendRef.current(input).then((outcome) => {
        if (outcome.kind === 'unanswered') retry();
      }, retry);
    }
  }, [flow]);

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
        setFlow((f) => settle(f, started.prompt, started.input, outcome, Date.now()));
      };
      send(started.input).then(answered, () => answered({ kind: 'unanswered' }));
    },
  };
}

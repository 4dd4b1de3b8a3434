/**
 * The rating pad's rules, free of DOM, sockets and clocks (the time is passed in): when to ask for a
 * rating, what the resident has chosen, what to send, and when to fall back to the welcome screen.
 *
 * The pad asks when its counter's `lastFinishedNumber` changes: that moves with a finish and nothing
 * else, so a ticket held or transferred during service (or a no-show) is never asked about, and a finish
 * followed at once by the next call (both in one hall event) still asks. Every rating names the ticket it
 * was asked about; the server takes it for that ticket while it is among this counter's recent finishes,
 * so a tap given as the next resident is called, or even after the next finish, is kept for the right
 * ticket. A level chosen but not yet sent when a newer finish takes the screen is sent too ("carried").
 */
import type { CommandInput } from '../../protocol/commands';
import type { ErrorCode } from '../../protocol/errors';
import { BAD_RATING_MAX, RATING_REASONS, type RatingLevel, type RatingReason, type RatingView } from '../../protocol/rating';
import type { CounterView } from '../../protocol/views';
import type { Outcome } from '../../ui-kit/command-outcome';

/** Unattended prompt: after this long without a touch the pad welcomes the next resident instead. */
export const ASK_TIMEOUT_MS = 60_000;
/** How long the thank-you stays before the welcome screen returns. */
export const THANKS_MS = 5_000;

/** What the pad last saw of its counter: the ticket it finished last today. */
export interface CounterSight {
  lastFinished: string | null;
}

/** One rating on its way to the server. */
export type RateInput = CommandInput<'ticket.rate'>;

export type PadProblem = ErrorCode | 'unanswered';

export type PadScreen =
  | { kind: 'idle' }
  /** `touchedAt` restarts the 60 s on every tap, so a slow reader is never cut off mid-choice. */
  | { kind: 'asking'; prompt: number; number: string; level: RatingLevel | null; reasons: RatingReason[];
      touchedAt: number; problem: PadProblem | null }
  | { kind: 'sending'; prompt: number; number: string; level: RatingLevel; reasons: RatingReason[] }
  /** `level` is null when the ticket had already been rated (the resident's tap still counts as heard). */
  | { kind: 'thanks'; level: RatingLevel | null; since: number };

export interface PadFlow {
  /** null until the first view of the counter: a pad switched on asks about nothing finished before. */
  seen: CounterSight | null;
  screen: PadScreen;
  /** Numbers each prompt, so a late answer to an older prompt cannot end a newer one. */
  prompts: number;
  /** Ratings chosen on a prompt a newer finish replaced (or unanswered after it): still to be sent. */
  carried: RateInput[];
}

export const INITIAL_FLOW: PadFlow = { seen: null, screen: { kind: 'idle' }, prompts: 0, carried: [] };

/** The number of the ticket just finished at the counter, or null (first sight, no change, a new day). */
export function newlyFinished(before: CounterSight | null, counter: Pick<CounterView, 'lastFinishedNumber'>): string | null {
  if (before === null || counter.lastFinishedNumber === before.lastFinished) return null;
  return counter.lastFinishedNumber;
}

/** The rating a prompt holds that the resident chose but did not send yet, if any. */
function unsentChoice(screen: PadScreen): RateInput | null {
  if (screen.kind !== 'asking' || screen.level === null) return null;
  return { number: screen.number, level: screen.level, reasons: asksReasons(screen.level) ? screen.reasons : [] };
}

/** A new view of the counter. Returns `flow` itself when nothing changed (no re-render). */
export function observeCounter(flow: PadFlow, counter: CounterView, now: number): PadFlow {
  if (flow.seen !== null && flow.seen.lastFinished === counter.lastFinishedNumber) return flow;
  const seen = { lastFinished: counter.lastFinishedNumber };
  const finished = newlyFinished(flow.seen, counter);
  if (finished === null) return { ...flow, seen };
  // A newer finish takes the screen; a choice already made on the older prompt is kept and sent.
  const unsent = unsentChoice(flow.screen);
  const prompt = flow.prompts + 1;
  return {
    seen,
    prompts: prompt,
    carried: unsent ? [...flow.carried, unsent] : flow.carried,
    screen: { kind: 'asking', prompt, number: finished, level: null, reasons: [], touchedAt: now, problem: null },
  };
}

/** The carried ratings to send now, and the flow without them. */
export function takeCarried(flow: PadFlow): { flow: PadFlow; inputs: RateInput[] } {
  if (flow.carried.length === 0) return { flow, inputs: [] };
  return { flow: { ...flow, carried: [] }, inputs: flow.carried };
}

/** A carried rating the server did not answer: carried again, to be sent once more. */
export function carryAgain(flow: PadFlow, input: RateInput): PadFlow {
  return { ...flow, carried: [...flow.carried, input] };
}

export function asksReasons(level: RatingLevel | null): boolean {
  return level !== null && level <= BAD_RATING_MAX;
}

export function chooseLevel(flow: PadFlow, level: RatingLevel, now: number): PadFlow {
  const screen = flow.screen;
  if (screen.kind !== 'asking') return flow;
  // Reasons picked for a bad level would be false for a good one.
  const reasons = asksReasons(level) ? screen.reasons : [];
  return { ...flow, screen: { ...screen, level, reasons, touchedAt: now, problem: null } };
}

export function toggleReason(flow: PadFlow, reason: RatingReason, now: number): PadFlow {
  const screen = flow.screen;
  if (screen.kind !== 'asking' || !asksReasons(screen.level)) return flow;
  const picked = screen.reasons.includes(reason);
  const chosen = picked ? screen.reasons.filter((r) => r !== reason) : [...screen.reasons, reason];
  // Catalog order, so the same choice always reads the same to the follow-up team.
  const reasons = RATING_REASONS.filter((r) => chosen.includes(r));
  return { ...flow, screen: { ...screen, reasons, touchedAt: now } };
}

/** The command to send and the flow while it is on its way; null when there is nothing to send yet. */
export function startSending(flow: PadFlow): { flow: PadFlow; prompt: number; input: RateInput } | null {
  const screen = flow.screen;
  if (screen.kind !== 'asking' || screen.level === null) return null;
  const { prompt, number, level } = screen;
  const reasons = asksReasons(level) ? screen.reasons : [];
  return {
    flow: { ...flow, screen: { kind: 'sending', prompt, number, level, reasons } },
    prompt,
    // The number it asked about: the server rates that ticket (finished at this counter a moment ago),
    // never whichever ticket happens to be the counter's latest when the tap arrives.
    input: { number, level, reasons },
  };
}

/** The server's answer to prompt `prompt`, which sent `input`. */
export function settle(flow: PadFlow, prompt: number, input: RateInput, outcome: Outcome<RatingView>, now: number): PadFlow {
  const screen = flow.screen;
  if (screen.kind !== 'sending' || screen.prompt !== prompt) {
    // A newer prompt took the screen meanwhile: an unanswered rating is sent again in the background.
    return outcome.kind === 'unanswered' ? carryAgain(flow, input) : flow;
  }
  if (outcome.kind === 'ok') return { ...flow, screen: { kind: 'thanks', level: outcome.data.level, since: now } };
  if (outcome.kind === 'error' && outcome.code === 'ALREADY_RATED') {
    return { ...flow, screen: { kind: 'thanks', level: null, since: now } };
  }
  // Nothing to rate any more (e.g. the resident answered after the ten minutes): no error to puzzle over.
  if (outcome.kind === 'error' && outcome.code === 'RATING_NOT_ALLOWED') return { ...flow, screen: { kind: 'idle' } };
  const problem: PadProblem = outcome.kind === 'error' ? outcome.code : 'unanswered';
  return {
    ...flow,
    screen: { kind: 'asking', prompt, number: screen.number, level: screen.level, reasons: screen.reasons, touchedAt: now, problem },
  };
}

/** When the current screen times out by itself, or null (idle, or waiting for the server). */
export function deadlineOf(flow: PadFlow): number | null {
  const screen = flow.screen;
  if (screen.kind === 'asking') return screen.touchedAt + ASK_TIMEOUT_MS;
  if (screen.kind === 'thanks') return screen.since + THANKS_MS;
  return null;
}

/** Back to the welcome screen once the deadline has passed; `flow` itself otherwise. */
export function expire(flow: PadFlow, now: number): PadFlow {
  const deadline = deadlineOf(flow);
  if (deadline === null || now < deadline) return flow;
  return { ...flow, screen: { kind: 'idle' } };
}

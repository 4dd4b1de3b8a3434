/**
 * The rating pad's rules, free of DOM, sockets and clocks (the time is passed in): when to ask for a
 * rating, what the resident has chosen, what to send, and when to fall back to the welcome screen.
 *
 * The pad only sees its counter's public view (CounterView), and the server rates "the last ticket this
 * counter finished today", whichever that is. So the pad asks only when a ticket in SERVICE leaves the
 * counter: a ticket leaving while merely called is a no-show (or a transfer), and a rating asked then
 * would land on the previous resident's ticket if that one went unrated. The desk finishes only tickets
 * in service, so no finish is missed in practice. A hold or transfer during service still looks like a
 * finish from here; the server answers RATING_NOT_ALLOWED when nothing was finished today and the pad
 * quietly returns to the welcome.
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

/** What the pad last saw of its counter: the ticket in hand, if any. */
export interface CounterSight {
  number: string | null;
  status: CounterView['currentStatus'];
}

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
  /** null until the first view of the counter: a pad switched on mid-service asks nothing. */
  seen: CounterSight | null;
  screen: PadScreen;
  /** Numbers each prompt, so a late answer to an older prompt cannot end a newer one. */
  prompts: number;
}

export const INITIAL_FLOW: PadFlow = { seen: null, screen: { kind: 'idle' }, prompts: 0 };

export function sightOf(counter: CounterView): CounterSight {
  return { number: counter.currentNumber, status: counter.currentStatus };
}

/**
 * The number of the ticket whose service just ended, or null. Only "serving → nothing in hand" counts
 * (see above why not "called → nothing"); a jump straight to another ticket (events missed while
 * offline) means the next resident is already at the window, and that is not the moment to ask.
 */
export function ticketThatLeft(before: CounterSight | null, after: CounterSight): string | null {
  if (!before || before.number === null || before.status !== 'serving') return null;
  return after.number === null ? before.number : null;
}

/** A new view of the counter. Returns `flow` itself when nothing changed (no re-render). */
export function observeCounter(flow: PadFlow, counter: CounterView, now: number): PadFlow {
  const sight = sightOf(counter);
  if (flow.seen && flow.seen.number === sight.number && flow.seen.status === sight.status) return flow;
  const left = ticketThatLeft(flow.seen, sight);
  if (left === null) return { ...flow, seen: sight };
  // A newer finish replaces any prompt or thank-you: the pad rates the counter's latest ticket.
  const prompt = flow.prompts + 1;
  return {
    seen: sight,
    prompts: prompt,
    screen: { kind: 'asking', prompt, number: left, level: null, reasons: [], touchedAt: now, problem: null },
  };
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
export function startSending(flow: PadFlow): { flow: PadFlow; prompt: number; input: CommandInput<'ticket.rate'> } | null {
  const screen = flow.screen;
  if (screen.kind !== 'asking' || screen.level === null) return null;
  const { prompt, number, level } = screen;
  const reasons = asksReasons(level) ? screen.reasons : [];
  return {
    flow: { ...flow, screen: { kind: 'sending', prompt, number, level, reasons } },
    prompt,
    // The number it asked about: the server rates it only if it is the last ticket this counter finished
    // today, so a hold or transfer that looked like a finish never lands on an earlier resident's ticket.
    input: { number, level, reasons },
  };
}

/** The server's answer to prompt `prompt`. */
export function settle(flow: PadFlow, prompt: number, outcome: Outcome<RatingView>, now: number): PadFlow {
  const screen = flow.screen;
  if (screen.kind !== 'sending' || screen.prompt !== prompt) return flow;
  if (outcome.kind === 'ok') return { ...flow, screen: { kind: 'thanks', level: outcome.data.level, since: now } };
  if (outcome.kind === 'error' && outcome.code === 'ALREADY_RATED') {
    return { ...flow, screen: { kind: 'thanks', level: null, since: now } };
  }
  // Nothing to rate (e.g. a hold during service, not a finish): no error for the resident to puzzle over.
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

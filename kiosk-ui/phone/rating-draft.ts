/**
 * The resident's rating before it is sent: one of the five levels and, for the two bad levels (差评),
 * the reasons. Reasons are asked for, not required: a resident who only taps 不满意 is still heard.
 */
import type { CommandInput } from '../../protocol/commands';
import { BAD_RATING_MAX, RATING_REASONS, type RatingLevel, type RatingReason } from '../../protocol/rating';

export interface RatingDraft {
  level: RatingLevel | null;
  reasons: RatingReason[];
}

export const EMPTY_DRAFT: RatingDraft = { level: null, reasons: [] };

export function asksReasons(level: RatingLevel | null): boolean {
  return level !== null && level <= BAD_RATING_MAX;
}

/** Choosing a good level drops reasons picked for a bad one (they would no longer be true). */
export function chooseLevel(draft: RatingDraft, level: RatingLevel): RatingDraft {
  return { level, reasons: asksReasons(level) ? draft.reasons : [] };
}

export function toggleReason(draft: RatingDraft, reason: RatingReason): RatingDraft {
  if (!asksReasons(draft.level)) return draft;
  const picked = draft.reasons.includes(reason);
  const reasons = picked ? draft.reasons.filter((r) => r !== reason) : [...draft.reasons, reason];
  // Keep the catalog's order so the same choice always reads the same to the follow-up team.
  return { ...draft, reasons: RATING_REASONS.filter((r) => reasons.includes(r)) };
}

/** The command input, or null while no level is chosen. */
export function rateInput(token: string, draft: RatingDraft): CommandInput<'ticket.rate'> | null {
  if (draft.level === null) return null;
  return { token, level: draft.level, reasons: asksReasons(draft.level) ? draft.reasons : [] };
}

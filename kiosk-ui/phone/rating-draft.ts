/**
 * The resident's rating before it is sent: one of the five levels and, for the two bad levels (差评),
 * the reasons and a number to be called back on. Both are asked for, not required: a resident who only
 * taps 不满意 is still heard.
 */
import type { CommandInput } from '../../protocol/commands';
import { BAD_RATING_MAX, RATING_REASONS, type RatingLevel, type RatingReason } from '../../protocol/rating';
import { RESIDENT_PHONE, residentPhoneOf } from '../../protocol/resident-phone';

export interface RatingDraft {
  level: RatingLevel | null;
  reasons: RatingReason[];
  /** As typed; '' when the resident leaves none. */
  phone: string;
}

export const EMPTY_DRAFT: RatingDraft = { level: null, reasons: [], phone: '' };

export function asksReasons(level: RatingLevel | null): boolean {
  return level !== null && level <= BAD_RATING_MAX;
}

/** Choosing a good level drops reasons and the number given for a bad one (nobody calls back about praise). */
export function chooseLevel(draft: RatingDraft, level: RatingLevel): RatingDraft {
  return asksReasons(level) ? { ...draft, level } : { level, reasons: [], phone: '' };
}

export function typePhone(draft: RatingDraft, typed: string): RatingDraft {
  return asksReasons(draft.level) ? { ...draft, phone: typed } : draft;
}

/** A number was typed that the server would refuse (too short, letters): the page says so before sending. */
export function phoneIsWrong(draft: RatingDraft): boolean {
  const phone = residentPhoneOf(draft.phone);
  return phone !== '' && !RESIDENT_PHONE.test(phone);
}

export function toggleReason(draft: RatingDraft, reason: RatingReason): RatingDraft {
  if (!asksReasons(draft.level)) return draft;
  const picked = draft.reasons.includes(reason);
  const reasons = picked ? draft.reasons.filter((r) => r !== reason) : [...draft.reasons, reason];
  // Keep the catalog's order so the same choice always reads the same to the follow-up team.
  return { ...draft, reasons: RATING_REASONS.filter((r) => reasons.includes(r)) };
}

/** The command input, or null while no level is chosen or the number typed is not one. */
export function rateInput(token: string, draft: RatingDraft): CommandInput<'ticket.rate'> | null {
  if (draft.level === null || phoneIsWrong(draft)) return null;
  if (!asksReasons(draft.level)) return { token, level: draft.level, reasons: [] };
  const phone = residentPhoneOf(draft.phone);
  return { token, level: draft.level, reasons: draft.reasons, ...(phone ? { phone } : {}) };
}

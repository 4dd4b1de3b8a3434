/**
 * A range of business days (YYYY-MM-DD, both ends included, in the hall's time zone) as exports and
 * reports take it. The one rule for a range that cannot be answered: `to` before `from`
 * (DATE_RANGE_BACKWARDS) or more days than the command allows (DATE_RANGE_TOO_LONG). Dates that are not
 * dates are the schema's to refuse (BAD_REQUEST naming the field).
 */
import type { ErrorCode } from './errors';

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both included (1 for a single day; 0 or less when backwards). */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Why a range of valid dates is refused, or null when it may be answered. */
export function dateRangeRefusal(from: string, to: string, maxDays: number): Extract<ErrorCode, `DATE_RANGE_${string}`> | null {
  const days = daysInRange(from, to);
  if (days < 1) return 'DATE_RANGE_BACKWARDS';
  if (days > maxDays) return 'DATE_RANGE_TOO_LONG';
  return null;
}

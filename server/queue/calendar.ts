/**
 * Local calendar arithmetic in the hall's IANA time zone. The business day (and with it the ticket
 * sequence) turns over at local midnight, so every date the engine uses is read through Intl in that
 * zone, never from the machine's own zone.
 */

import { localDate, localParts } from '../../protocol/local-time';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** YYYY-MM-DD of `now` in the given zone: the day a ticket number belongs to. */
export function businessDay(now: number, timezone: string): string {
  return localDate(now, timezone);
}

/** Minutes after local midnight (0–1439), as opening hours are written. */
export function minutesOfDay(now: number, timezone: string): number {
  const { hour, minute } = localParts(now, timezone);
  return hour * 60 + minute;
}

/**
 * Epoch ms of 12:00 local time on the day of `now`, where the afternoon (下午) of the half-day limits
 * begins. Read from the local clock at `now`, so a clock change between noon and `now` (not in China)
 * could move it by its size.
 */
export function localNoon(now: number, timezone: string): number {
  const { hour, minute, second } = localParts(now, timezone);
  const sinceMidnight = ((hour * 60 + minute) * 60 + second) * 1000 + (((now % 1000) + 1000) % 1000);
  return now - sinceMidnight + 12 * HOUR_MS;
}

/** Local wall-clock time read as if it were UTC, minus the instant: the zone's offset at `at`. */
function offsetAt(at: number, timezone: string): number {
  const wholeSecond = at - (((at % 1000) + 1000) % 1000);
  const p = localParts(wholeSecond, timezone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - wholeSecond;
}

/**
 * Epoch ms of the first instant of the next local day. A day may be 23 or 25 hours long (DST), and in
 * a few zones the clock jumps over midnight itself, so the day then begins at the jump.
 */
export function nextBusinessDayStart(now: number, timezone: string): number {
  const today = businessDay(now, timezone);
  const { year, month, day } = localParts(now, timezone);
  // Date.UTC rolls day 32 into the next month, so this is the next calendar date's midnight "as UTC".
  const wallMidnight = Date.UTC(year, month - 1, day + 1);
  const firstGuess = wallMidnight - offsetAt(now, timezone);
  const candidate = wallMidnight - offsetAt(firstGuess, timezone);
  if (isFirstInstantAfter(candidate, today, timezone)) return candidate;
  return searchDayStart(now, today, timezone);
}

function isFirstInstantAfter(candidate: number, today: string, timezone: string): boolean {
  return businessDay(candidate, timezone) > today && businessDay(candidate - 1, timezone) === today;
}

/** Fallback for a midnight that falls into a clock jump: bisect for the first instant of another day. */
function searchDayStart(now: number, today: string, timezone: string): number {
  let stillToday = now;
  let nextDay = now + 2 * DAY_MS;
  while (nextDay - stillToday > 1) {
    const middle = Math.floor((stillToday + nextDay) / 2);
    if (businessDay(middle, timezone) > today) nextDay = middle;
    else stillToday = middle;
  }
  return nextDay;
}

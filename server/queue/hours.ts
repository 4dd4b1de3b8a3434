/**
 * Service opening hours: a list of [from, to) windows in minutes after local midnight. Text form
 * "08:30-12:00,13:30-17:30" is what admins write in the configuration and what residents see.
 */
import { minutesOfDay } from './calendar';
import type { TimeRange } from './types';

const MINUTES_PER_DAY = 24 * 60;
const RANGE_PATTERN = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

function parseClock(hours: string, minutes: string, text: string): number {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) throw new Error(`invalid time of day in hours "${text}"`);
  return h * 60 + m;
}

/**
 * Parses opening hours; '' and '00:00-24:00' mean open all day and give []. Throws on anything it
 * cannot read, on an empty or reversed window, and on overlapping windows: this runs only while
 * loading configuration, where a loud failure is better than a silently closed service.
 */
export function parseHours(text: string): TimeRange[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const ranges: TimeRange[] = trimmed.split(',').map((piece) => {
    const match = RANGE_PATTERN.exec(piece.trim());
    if (!match) throw new Error(`invalid hours "${text}": expected HH:MM-HH:MM[,HH:MM-HH:MM]`);
    const [, fromH = '', fromM = '', toH = '', toM = ''] = match;
    const from = parseClock(fromH, fromM, text);
    const to = parseClock(toH, toM, text);
    if (from >= to) throw new Error(`invalid hours "${text}": a window must end after it starts`);
    return { from, to };
  });
  ranges.sort((a, b) => a.from - b.from);
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1];
    const current = ranges[i];
    if (previous && current && current.from < previous.to) {
      throw new Error(`invalid hours "${text}": windows overlap`);
    }
  }
  const first = ranges[0];
  if (ranges.length === 1 && first && first.from === 0 && first.to === MINUTES_PER_DAY) return [];
  return ranges;
}

/** Whether `now` falls inside one of the windows, read on the hall's local clock. */
export function isOpenAt(hours: readonly TimeRange[], now: number, timezone: string): boolean {
  if (hours.length === 0) return true;
  const minute = minutesOfDay(now, timezone);
  return hours.some((range) => minute >= range.from && minute < range.to);
}

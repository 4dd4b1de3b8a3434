/**
 * Opening hours as admins write them and clients read them: per weekday (Monday first) a list of
 * "HH:MM-HH:MM" ranges, e.g. ["08:30-12:00", "14:30-17:30"], in one or two timetables that each start on
 * a day of the year (summer from 05-01, winter from 10-01, as Inner Mongolian offices keep them). The one
 * rule for a day's ranges lives here: each ends after it starts, and none overlaps another.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One timetable as written: from `startsOn` (MM-DD) until the next timetable starts, wrapping the year. */
export interface TimetableText {
  startsOn: string;
  /** Seven days, Monday to Sunday; an empty list is closed all that weekday. */
  week: string[][];
}

export interface OpeningHoursText {
  timetables: TimetableText[];
}

const RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/** Minutes after midnight of an "HH:MM" (00:00–24:00), or null when it is no time of day. */
function clock(hours: string, minutes: string): number | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return null;
  return h * 60 + m;
}

/** [from, to) minutes of an "HH:MM-HH:MM" range, or null when it cannot be read. */
export function readRange(text: string): { from: number; to: number } | null {
  const match = RANGE.exec(text);
  if (!match) return null;
  const from = clock(match[1] ?? '', match[2] ?? '');
  const to = clock(match[3] ?? '', match[4] ?? '');
  return from === null || to === null ? null : { from, to };
}

export type RangeProblem = 'format' | 'ends-before-start' | 'overlaps';

/** What is wrong with each range of one day, by its index (empty when the day is fine). */
export function dayProblems(ranges: readonly string[]): { index: number; problem: RangeProblem }[] {
  const problems: { index: number; problem: RangeProblem }[] = [];
  const read: { index: number; from: number; to: number }[] = [];
  ranges.forEach((text, index) => {
    const range = readRange(text);
    if (!range) problems.push({ index, problem: 'format' });
    else if (range.to <= range.from) problems.push({ index, problem: 'ends-before-start' });
    else read.push({ index, ...range });
  });
  read.sort((a, b) => a.from - b.from);
  for (let i = 1; i < read.length; i++) {
    const previous = read[i - 1];
    const current = read[i];
    if (previous && current && current.from < previous.to) problems.push({ index: current.index, problem: 'overlaps' });
  }
  return problems;
}

/** Whether an "MM-DD" names a day of the year (02-29 included: it is a day of some years). */
export function isMonthDay(text: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const at = Date.UTC(2000, Number(match[1]) - 1, Number(match[2]));
  return new Date(at).toISOString().slice(5, 10) === text;
}

/** A service's hours and limits, as service.setHours sets and answers them. */
export interface ServiceHoursView {
  serviceId: string;
  /** null: open all day on every working day. */
  hours: OpeningHoursText | null;
  dailyLimit: number | null;
  /** Tickets before 12:00 (上午) and from 12:00 (下午); null: no half-day limit. */
  morningLimit: number | null;
  afternoonLimit: number | null;
}

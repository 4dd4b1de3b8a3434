/**
 * Which of a service's opening ranges apply on a date: the timetable in force that day (summer or
 * winter), the ranges of its weekday, and for a make-up working day (调休) on a weekend the Monday ranges
 * when that weekday has none. Pure: dates are YYYY-MM-DD of the hall's calendar.
 */
import { readRange, type OpeningHoursText } from '../../protocol/hours';
import { minutesOfDay } from './calendar';
import type { OpeningHours, TimeRange, Timetable } from './types';
import { isoWeekday, isWorkingDay, type WorkingCalendar } from './working-days';

/** Minutes from local midnight where the afternoon (下午) begins, for the half-day limits. */
export const NOON_MINUTE = 12 * 60;

/** Reads checked hours text (see protocol/hours.ts) into minutes; throws on text no check let through. */
export function readOpeningHours(text: OpeningHoursText | null): OpeningHours {
  if (text === null) return null;
  return text.timetables.map((t) => ({
    startsOn: t.startsOn,
    week: t.week.map((day) => day.map((r) => {
      const range = readRange(r);
      if (!range) throw new Error(`unreadable opening hours "${r}"`);
      return range;
    }).sort((a, b) => a.from - b.from)),
  }));
}

/** The timetable in force on a date: the last one started by then, else (early in the year) the last of the year. */
export function timetableOn(timetables: readonly Timetable[], date: string): Timetable | undefined {
  const monthDay = date.slice(5);
  const sorted = [...timetables].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return sorted.filter((t) => t.startsOn <= monthDay).pop() ?? sorted[sorted.length - 1];
}

/** The ranges open on a date; null when the service keeps no hours (open all day). */
export function rangesOn(hours: OpeningHours, date: string, makeUpDay: boolean): readonly TimeRange[] | null {
  if (hours === null) return null;
  const table = timetableOn(hours, date);
  if (!table) return null;
  const own = table.week[isoWeekday(date) - 1] ?? [];
  return makeUpDay && own.length === 0 ? (table.week[0] ?? []) : own;
}

/**
 * A service's ranges on a date of the working-day calendar: 'closed' on a day the hall does not work
 * (a weekend, a holiday), else its ranges (a make-up working day 调休 as rangesOn says), null all day.
 */
export function hoursOnDay(hours: OpeningHours, date: string, calendar: WorkingCalendar): readonly TimeRange[] | null | 'closed' {
  if (!isWorkingDay(date, calendar)) return 'closed';
  return rangesOn(hours, date, calendar.get(date) === 'workday');
}

/** Whether `now` falls in one of the ranges on the hall's clock (always, for null). */
export function isWithin(ranges: readonly TimeRange[] | null, now: number, timezone: string): boolean {
  if (ranges === null) return true;
  const minute = minutesOfDay(now, timezone);
  return ranges.some((r) => minute >= r.from && minute < r.to);
}

function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "08:30-12:00,14:30-17:30": a day's ranges as residents read them ('' for none or all day). */
export function rangesText(ranges: readonly TimeRange[] | null): string {
  return (ranges ?? []).map((r) => `${clockText(r.from)}-${clockText(r.to)}`).join(',');
}

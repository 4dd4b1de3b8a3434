/**
 * The working-day calendar as clients see it: public holidays and make-up working days (调休), one entry
 * per date. Dates the calendar does not name follow the ordinary week (Monday to Friday).
 */
import type { MnStatus } from './catalog/mn-coverage';

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDayView {
  /** YYYY-MM-DD. */
  date: string;
  kind: CalendarDayKind;
  /** What the day is, e.g. 春节 or 春节调休. */
  name: string;
}

/** A day as the console and the configuration file see it: with its name's Mongolian ('' where there is none yet). */
export type CalendarDayEntry = CalendarDayView & { nameMn: string };

/** A day in the console's answers and list: with the review status of its name's Mongolian (草稿 until approved). */
export type CalendarDayListed = CalendarDayEntry & { nameMnStatus: MnStatus };

/** Whether the text is a real YYYY-MM-DD date (2026-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(at).toISOString().slice(0, 10) === date;
}

/** What calendar.import answers: how many days the list set, and those days as they now stand. */
export interface CalendarImportResult {
  imported: number;
  days: CalendarDayListed[];
}

/**
 * The working-day calendar: Monday to Friday are working days unless the calendar marks them a public
 * holiday; Saturday and Sunday are not, unless the calendar marks them a make-up working day (调休).
 * The calendar is passed in as data (only the dates it names), so this module stays pure.
 */
import { isCalendarDate, type CalendarDayKind } from '../../protocol/calendar';

/** The calendar's entries by YYYY-MM-DD; dates it does not name follow the ordinary week. */
export type WorkingCalendar = ReadonlyMap<string, CalendarDayKind>;

const DAY_MS = 86_400_000;

/** Epoch ms of the date's midnight in UTC: date arithmetic only, never a point in the hall's time. */
function utcMidnight(date: string): number {
  if (!isCalendarDate(date)) throw new Error(`not a calendar date: "${date}"`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(utcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The date `days` calendar days after `date` (before it, when negative). */
export function shiftDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const kind = calendar.get(date);
  if (kind === 'holiday') return false;
  if (kind === 'workday') return true;
  return isoWeekday(date) <= 5;
}

/**
 * The date `n` working days after `date`, counting only days after it (the start day itself never
 * counts, working or not): a deadline of "3 working days" from a Friday before a holiday Monday lands
 * on Thursday. n = 0 gives the date itself.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`working days must be a whole number ≥ 0, not ${n}`);
  let current = date;
  let left = n;
  utcMidnight(date);
  while (left > 0) {
    current = shiftDays(current, 1);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

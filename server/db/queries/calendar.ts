/** SQL for the working-day calendar (public holidays and make-up working days). */
import type { Db } from '../open';
import type { CalendarDayEntry, CalendarDayView } from '../../../protocol/calendar';
import type { WorkingCalendar } from '../../queue/working-days';
import { statement } from './statement';

export function calendarDay(db: Db, date: string): CalendarDayView | null {
  return (statement(db, 'SELECT date, kind, name FROM calendar_days WHERE date = ?').get(date) as CalendarDayView | undefined) ?? null;
}

/** The calendar's entries between two dates (inclusive), as the pure engine takes them. */
export function workingCalendar(db: Db, from: string, to: string): WorkingCalendar {
  const rows = statement(db, 'SELECT date, kind, name FROM calendar_days WHERE date >= ? AND date <= ?').all(from, to) as CalendarDayView[];
  return new Map(rows.map((r) => [r.date, r.kind]));
}

export function saveCalendarDay(db: Db, day: CalendarDayView): void {
  statement(db, `INSERT INTO calendar_days (date, kind, name) VALUES (?, ?, ?)
    ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name`).run(day.date, day.kind, day.name);
}

/**
 * The calendar's days between two dates (inclusive; every day when left out), oldest first, with their
 * Mongolian names: the console's year, the portal's two weeks, the workbench, the configuration file.
 */
export function calendarDayNames(db: Db, from = '0000-01-01', to = '9999-12-31'): CalendarDayEntry[] {
  return statement(db, `SELECT date, kind, name, name_mn AS nameMn FROM calendar_days WHERE date >= ? AND date <= ? ORDER BY date`)
    .all(from, to) as CalendarDayEntry[];
}

/** The Mongolian of a day's name (the translation workbench writes it; the Chinese stays the calendar's). */
export function setCalendarDayNameMn(db: Db, date: string, nameMn: string): void {
  statement(db, 'UPDATE calendar_days SET name_mn = ? WHERE date = ?').run(nameMn, date);
}

export function deleteCalendarDay(db: Db, date: string): void {
  statement(db, 'DELETE FROM calendar_days WHERE date = ?').run(date);
}

/**
 * The opening hours as the editor changes them: pure functions over OpeningHoursText (protocol/hours.ts),
 * one timetable for the whole year or two (summer and winter), seven days of "HH:MM-HH:MM" ranges each.
 */
import { WEEKDAYS, type OpeningHoursText, type TimetableText } from '../../../../protocol/hours';

const WORKDAY = ['08:30-12:00', '14:30-17:30'];

/** A usual office week: Monday to Friday morning and afternoon, closed at the weekend. */
export function officeWeek(): string[][] {
  return WEEKDAYS.map((_, d) => (d < 5 ? [...WORKDAY] : []));
}

export function defaultHours(): OpeningHoursText {
  return { timetables: [{ startsOn: '01-01', week: officeWeek() }] };
}

/** Two timetables: the first becomes summer (from 05-01), a copy of it winter (from 10-01). */
export function withSeasons(hours: OpeningHoursText): OpeningHoursText {
  const [first = defaultHours().timetables[0]] = hours.timetables;
  if (!first) return hours;
  return { timetables: [{ ...first, startsOn: '05-01' }, { startsOn: '10-01', week: first.week.map((day) => [...day]) }] };
}

/** Back to one timetable for the whole year (the first one's days). */
export function withoutSeasons(hours: OpeningHoursText): OpeningHoursText {
  const [first] = hours.timetables;
  return first ? { timetables: [{ ...first, startsOn: '01-01' }] } : defaultHours();
}

function changeTimetable(hours: OpeningHoursText, index: number, change: (t: TimetableText) => TimetableText): OpeningHoursText {
  return { timetables: hours.timetables.map((t, i) => (i === index ? change(t) : t)) };
}

function changeDay(hours: OpeningHoursText, table: number, day: number, change: (ranges: string[]) => string[]): OpeningHoursText {
  return changeTimetable(hours, table, (t) => ({ ...t, week: t.week.map((ranges, d) => (d === day ? change(ranges) : ranges)) }));
}

export function setStartsOn(hours: OpeningHoursText, table: number, startsOn: string): OpeningHoursText {
  return changeTimetable(hours, table, (t) => ({ ...t, startsOn }));
}

export function setRange(hours: OpeningHoursText, table: number, day: number, index: number, text: string): OpeningHoursText {
  return changeDay(hours, table, day, (ranges) => ranges.map((r, i) => (i === index ? text : r)));
}

export function addRange(hours: OpeningHoursText, table: number, day: number): OpeningHoursText {
  return changeDay(hours, table, day, (ranges) => [...ranges, ranges.length === 0 ? WORKDAY[0] ?? '' : '']);
}

export function removeRange(hours: OpeningHoursText, table: number, day: number, index: number): OpeningHoursText {
  return changeDay(hours, table, day, (ranges) => ranges.filter((_, i) => i !== index));
}

/** Tuesday to Friday take Monday's ranges. */
export function copyMonday(hours: OpeningHoursText, table: number): OpeningHoursText {
  return changeTimetable(hours, table, (t) => ({ ...t, week: t.week.map((ranges, d) => (d >= 1 && d <= 4 ? [...(t.week[0] ?? [])] : ranges)) }));
}

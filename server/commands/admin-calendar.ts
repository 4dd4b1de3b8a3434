/**
 * The working-day calendar for admins (supervisors read it): public holidays and make-up working days
 * (调休), set one by one or imported from a text list, either with the Mongolian of the day's name.
 * Every change is audited; loads are re-announced so kiosks and displays show a day that just became a
 * holiday (or a working day) at once.
 */
import type { CalendarDayListed, CalendarDayView } from '../../protocol/calendar';
import type { Db } from '../db/open';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import { audit } from './audit';
import { fail } from './errors';
import { readCalendarText } from '../hall/calendar-text';
import { calendarDay, calendarDayNames, deleteCalendarDay, saveCalendarDay } from '../db/queries/calendar';
import { saveMnDraftIfChanged } from './mn-texts';
import { listServices } from '../db/queries/hall';
import { withNameMnStatus } from '../mn-texts/name-status';

/** Today's calendar day changed: every service's closedReason may have changed with it. */
function announceIfToday(ctx: CommandContext, dates: readonly string[]): void {
  if (!dates.includes(ctx.today)) return;
  for (const s of listServices(ctx.db)) ctx.outbox.service(s.id);
}

/** The stored days from `from` to `to`, each with its name's review status (draft until the workbench approves). */
function daysBetween(db: Db, from: string, to: string): CalendarDayListed[] {
  return withNameMnStatus(db, 'day', calendarDayNames(db, from, to), (d) => ({ subject: d.date, zh: d.name, mn: d.nameMn }));
}

export const calendarList: CommandDef<'calendar.list'> = {
  name: 'calendar.list',
  permits: ['supervisor', 'admin'],
  run(ctx, { year }) {
    return daysBetween(ctx.db, `${year}-01-01`, `${year}-12-31`);
  },
};

export const calendarGet: CommandDef<'calendar.get'> = {
  name: 'calendar.get',
  permits: ['supervisor', 'admin'],
  run(ctx, { date }) {
    return calendarDay(ctx.db, date) ?? fail('NOT_FOUND');
  },
};

export const calendarSet: CommandDef<'calendar.set'> = {
  name: 'calendar.set',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    const day: CalendarDayView = { date: input.date, kind: input.kind, name: input.name };
    const before = calendarDay(ctx.db, day.date);
    saveCalendarDay(ctx.db, day);
    audit(ctx, `calendar:${day.date}`, before, day);
    // The name's Mongolian goes through the translation workbench (its own audit line), as a draft.
    saveMnDraftIfChanged(ctx, `day:${day.date}`, input.nameMn ?? '', 'nameMn');
    announceIfToday(ctx, [day.date]);
    return daysBetween(ctx.db, day.date, day.date)[0] ?? fail('INTERNAL');
  },
};

export const calendarRemove: CommandDef<'calendar.remove'> = {
  name: 'calendar.remove',
  permits: ['admin'],
  administrative: true,
  run(ctx, { date }) {
    const before = calendarDay(ctx.db, date) ?? fail('NOT_FOUND');
    deleteCalendarDay(ctx.db, date);
    audit(ctx, `calendar:${date}`, before, null);
    announceIfToday(ctx, [date]);
    return before;
  },
};

/**
 * All or nothing: one bad line refuses the whole list. The error names the field `text` and then every
 * bad line as `text:<line>:<reason>`.
 */
export const calendarImport: CommandDef<'calendar.import'> = {
  name: 'calendar.import',
  permits: ['admin'],
  administrative: true,
  run(ctx, { text }) {
    const read = readCalendarText(text);
    if (!read.ok) fail('BAD_REQUEST', ['text', ...read.problems.map((p) => `text:${p.line}:${p.reason}`)]);
    if (read.days.length === 0) fail('BAD_REQUEST', ['text', 'text:0:empty']);
    const dates = read.days.map((d) => d.date);
    const before = dates.map((d) => calendarDay(ctx.db, d)).filter((d): d is CalendarDayView => d !== null);
    const days = read.days.map(({ date, kind, name }): CalendarDayView => ({ date, kind, name }));
    for (const day of days) saveCalendarDay(ctx.db, day);
    audit(ctx, 'calendar:import', before, days);
    // Each name's Mongolian, where the line gives one, goes to the workbench as a draft (one audit line each).
    for (const day of read.days) saveMnDraftIfChanged(ctx, `day:${day.date}`, day.nameMn, 'text');
    announceIfToday(ctx, dates);
    // The days as they now stand, in date order: one read over the list's span, kept to the list's dates.
    const inList = new Set(dates);
    const span = [...dates].sort();
    const stored = daysBetween(ctx.db, span[0] ?? '', span[span.length - 1] ?? '');
    return { imported: days.length, days: stored.filter((d) => inList.has(d.date)) };
  },
};

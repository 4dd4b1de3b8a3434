/**
 * Reads the calendar's plain-text import list: one day a line, `YYYY-MM-DD holiday|workday name`, e.g.
 * `2026-02-14 workday 春节调休上班`, optionally followed by `| ` and the name in Mongolian. Blank lines and
 * lines starting with # are skipped. Pure: the list is either read whole or refused whole, with every
 * bad line named by its line number and reason. Each part is checked by the same schema as a single
 * calendar.set.
 */
import type { CalendarDayEntry } from '../../protocol/calendar';
import { calendarEntrySchema } from '../../protocol/schemas';

/** Why a line was refused; the error's fields read `text:<line>:<reason>`. */
export type CalendarLineProblem = 'format' | 'date' | 'kind' | 'name' | 'nameMn' | 'repeated';

/** A day of the list; `nameMn` is '' where the line gives no Mongolian (the hall's then stays as it is). */
export type CalendarTextResult =
  | { ok: true; days: CalendarDayEntry[] }
  | { ok: false; problems: { line: number; reason: CalendarLineProblem }[] };

function lineProblem(date: string, kind: string, name: string, nameMn: string): CalendarLineProblem | CalendarDayEntry {
  const { shape } = calendarEntrySchema;
  const checkedDate = shape.date.safeParse(date);
  if (!checkedDate.success) return 'date';
  const checkedKind = shape.kind.safeParse(kind);
  if (!checkedKind.success) return 'kind';
  const checkedName = shape.name.safeParse(name);
  if (!checkedName.success) return 'name';
  const checkedMn = nameMn === '' ? { success: true as const, data: '' } : shape.nameMn.safeParse(nameMn);
  if (!checkedMn.success) return 'nameMn';
  return { date: checkedDate.data, kind: checkedKind.data, name: checkedName.data, nameMn: checkedMn.data ?? '' };
}

export function readCalendarText(text: string): CalendarTextResult {
  const days: CalendarDayEntry[] = [];
  const problems: { line: number; reason: CalendarLineProblem }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    // The Mongolian follows the first '|': a Chinese name never holds one.
    const match = /^(\S+)\s+(\S+)\s+([^|]+?)\s*(?:\|\s*(.*))?$/.exec(content);
    if (!match) { problems.push({ line, reason: 'format' }); return; }
    const day = lineProblem(match[1] ?? '', match[2] ?? '', match[3] ?? '', match[4] ?? '');
    if (typeof day === 'string') { problems.push({ line, reason: day }); return; }
    if (seen.has(day.date)) { problems.push({ line, reason: 'repeated' }); return; }
    seen.add(day.date);
    days.push(day);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, days };
}

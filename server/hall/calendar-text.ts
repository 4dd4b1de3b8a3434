/**
 * Reads the calendar's plain-text import list: one day a line, `YYYY-MM-DD holiday|workday name`, e.g.
 * `2026-02-14 workday 春节调休上班`. Blank lines and lines starting with # are skipped. Pure: the list is
 * either read whole or refused whole, with every bad line named by its line number and reason. Each
 * part is checked by the same schema as a single calendar.set.
 */
import type { CalendarDayView } from '../../protocol/calendar';
import { calendarDaySchema } from '../../protocol/schemas';

/** Why a line was refused; the error's fields read `text:<line>:<reason>`. */
export type CalendarLineProblem = 'format' | 'date' | 'kind' | 'name' | 'repeated';

export type CalendarTextResult =
  | { ok: true; days: CalendarDayView[] }
  | { ok: false; problems: { line: number; reason: CalendarLineProblem }[] };

function lineProblem(date: string, kind: string, name: string): CalendarLineProblem | CalendarDayView {
  const { shape } = calendarDaySchema;
  const checkedDate = shape.date.safeParse(date);
  if (!checkedDate.success) return 'date';
  const checkedKind = shape.kind.safeParse(kind);
  if (!checkedKind.success) return 'kind';
  const checkedName = shape.name.safeParse(name);
  if (!checkedName.success) return 'name';
  return { date: checkedDate.data, kind: checkedKind.data, name: checkedName.data };
}

export function readCalendarText(text: string): CalendarTextResult {
  const days: CalendarDayView[] = [];
  const problems: { line: number; reason: CalendarLineProblem }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const match = /^(\S+)\s+(\S+)\s+(.+)$/.exec(content);
    if (!match) { problems.push({ line, reason: 'format' }); return; }
    const day = lineProblem(match[1] ?? '', match[2] ?? '', match[3] ?? '');
    if (typeof day === 'string') { problems.push({ line, reason: day }); return; }
    if (seen.has(day.date)) { problems.push({ line, reason: 'repeated' }); return; }
    seen.add(day.date);
    days.push(day);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, days };
}

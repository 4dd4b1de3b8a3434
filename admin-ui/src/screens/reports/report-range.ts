/**
 * The ranges the reports screen offers in one tap (today, this week, this month, last month), as
 * business days of the hall. Pure: computed from the hall's business day today.
 */
export type QuickRange = 'today' | 'week' | 'month' | 'lastMonth';
export const QUICK_RANGES: readonly QuickRange[] = ['today', 'week', 'month', 'lastMonth'];

/** Calendar-date arithmetic on YYYY-MM-DD (business days: no time zone involved). */
export function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
function weekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function quickRange(range: QuickRange, today: string): { from: string; to: string } {
  const monthStart = `${today.slice(0, 7)}-01`;
  switch (range) {
    case 'today': return { from: today, to: today };
    case 'week': return { from: shiftDays(today, 1 - weekday(today)), to: today };
    case 'month': return { from: monthStart, to: today };
    case 'lastMonth': {
      const lastDay = shiftDays(monthStart, -1);
      return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
    }
  }
}

/** Minutes with one decimal from seconds, or a dash. */
export function minutesText(seconds: number | null): string {
  return seconds === null ? '—' : (seconds / 60).toFixed(1);
}

/** A share as a percentage with one decimal, or a dash. */
export function percentText(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

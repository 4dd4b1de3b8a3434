/** How a case reads in the console: its kind with the rating level, names of what it is about, times. */
import type { CaseSummary } from '../../../../protocol/cases';
import type { HallSnapshot } from '../../../../protocol/views';
import type { LangApi } from '../../../../ui-kit/i18n';

type T = LangApi['t'];

/** 差评 · 非常不满意, 投诉, 建议… */
export function kindText(c: Pick<CaseSummary, 'kind' | 'level'>, t: T): string {
  const kind = t(`admin.cases.kind.${c.kind}`);
  return c.level === null ? kind : `${kind} · ${t(`rating.level.${c.level}`)}`;
}

export function serviceName(snapshot: HallSnapshot | null, id: string | null): string {
  if (id === null) return '';
  return snapshot?.services.find((s) => s.id === id)?.name ?? id;
}

export function counterName(snapshot: HallSnapshot | null, id: number | null, t: T): string {
  if (id === null) return '';
  return snapshot?.counters.find((c) => c.id === id)?.name ?? t('counter.name', { n: id });
}

/** "11月30日 14:05" in the hall's time zone. */
export function timeText(at: number, timezone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: timezone, year: 'numeric', month: 'numeric', day: 'numeric',
    hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(at));
}

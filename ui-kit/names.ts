/** Names of hall objects in the screen's language, from the snapshot and the catalog. */
import type { CentreView, ServiceView } from '../protocol/views';
import { tr, type Lang } from '../protocol/catalog/ui-lookup';

export function counterLabel(counterId: number, lang: Lang): string {
  return tr('counter.name', lang, { n: counterId });
}

export function counterList(counterIds: number[], lang: Lang): string {
  return counterIds.map((id) => counterLabel(id, lang)).join(tr('kiosk.listSeparator', lang));
}

/** Both names of a centre or service, for Stacked. */
export function namesOf(item: Pick<CentreView | ServiceView, 'name' | 'nameMn'>): { mn: string; zh: string } {
  return { mn: item.nameMn, zh: item.name };
}

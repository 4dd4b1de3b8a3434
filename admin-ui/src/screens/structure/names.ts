/** Names of centres and services by id, for lists and choices (an unknown id is shown as itself). */
import type { LangApi } from '../../../../ui-kit/i18n';
import type { Choice } from '../../kit/fields';

export interface Named { id: string; name: string }

export function nameOf(items: readonly Named[] | null, id: string): string {
  return items?.find((item) => item.id === id)?.name ?? id;
}

export function choicesOf(items: readonly Named[]): Choice[] {
  return items.map((item) => ({ value: item.id, label: item.name }));
}

export function stateText(t: LangApi['t'], enabled: boolean): string {
  return t(enabled ? 'admin.structure.on' : 'admin.structure.off');
}

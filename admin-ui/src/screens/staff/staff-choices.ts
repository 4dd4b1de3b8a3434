/** The choices the staff forms offer: roles and the hall's centres (from the live snapshot). */
import { ROLES } from '../../../../protocol/admin';
import type { CentreView } from '../../../../protocol/views';
import type { LangApi } from '../../../../ui-kit/i18n';
import type { Choice } from '../../kit/fields';

export function roleChoices(t: LangApi['t']): Choice[] {
  return ROLES.map((role) => ({ value: role, label: t(`admin.role.${role}`) }));
}

export function centreChoices(t: LangApi['t'], centres: readonly CentreView[]): Choice[] {
  return [{ value: null, label: t('admin.staff.noCentre') }, ...centres.map((c) => ({ value: c.id, label: c.name }))];
}

export function centreName(centres: readonly CentreView[], id: string | null): string {
  if (id === null) return '';
  return centres.find((c) => c.id === id)?.name ?? id;
}

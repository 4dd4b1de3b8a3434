/**
 * The fields of a service, the same for creating and editing. Beside the prefix it says which services
 * already draw numbers from it: sharing one is a deliberate choice (the box below), never an accident.
 */
import type { CommandName } from '../../../../protocol/commands';
import type { ServiceAdminView } from '../../../../protocol/structure';
import { useLang } from '../../../../ui-kit/i18n';
import { CheckboxField } from '../../kit/CheckboxField';
import { NumberField, SelectField, TextField } from '../../kit/fields';
import { useCommand } from '../../kit/use-command';
import type { CommandForm } from '../../kit/use-command-form';
import { choicesOf } from '../structure/names';
import { SupervisionLimitFields } from './SupervisionLimitFields';

export function ServiceFields<N extends CommandName>(props: { form: CommandForm<N>; readOnly: boolean; self: string | null }) {
  const { t } = useLang();
  const { form, readOnly } = props;
  const centres = useCommand('centre.list', {}).data;
  const services = useCommand('service.adminList', {}).data ?? [];
  const prefix = typeof form.values.prefix === 'string' ? form.values.prefix.trim().toUpperCase() : '';
  const others: ServiceAdminView[] = prefix === '' ? [] : services.filter((s) => s.prefix === prefix && s.id !== props.self);
  return (
    <>
      <SelectField form={form} name="centreId" label="admin.services.centre" choices={centres && choicesOf(centres)} readOnly={readOnly} />
      <TextField form={form} name="name" label="admin.services.name" readOnly={readOnly} />
      <TextField form={form} name="nameMn" label="admin.services.nameMn" hint="admin.structure.nameMnHint" readOnly={readOnly} mongolian />
      <TextField form={form} name="prefix" label="admin.services.prefix" hint="admin.services.prefixHint" readOnly={readOnly} />
      {others.length > 0 ? (
        <p class="prefix-note form-field wide" data-testid="prefix-shared">
          {t('admin.services.prefixUsedBy', { prefix, names: others.map((s) => s.name).join('、') })}
        </p>
      ) : null}
      <CheckboxField form={form} name="sharePrefix" label="admin.services.sharePrefix" hint="admin.services.sharePrefixHint"
        readOnly={readOnly} />
      <NumberField form={form} name="defaultServiceMinutes" label="admin.services.minutes" hint="admin.services.minutesHint"
        readOnly={readOnly} />
      <NumberField form={form} name="sortOrder" label="admin.structure.order" hint="admin.structure.orderHint" readOnly={readOnly} />
      <CheckboxField form={form} name="priorityOffered" label="admin.services.priority" hint="admin.services.priorityHint"
        readOnly={readOnly} />
      <CheckboxField form={form} name="enabled" label="admin.structure.enabled" hint="admin.services.enabledHint" readOnly={readOnly} />
      <SupervisionLimitFields form={form} readOnly={readOnly} />
    </>
  );
}

/** A prefix is typed in capitals whatever the keyboard gives; empty optional numbers are the server's to choose. */
export function prepareService(values: Record<string, unknown>): Record<string, unknown> {
  const next = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== undefined));
  if (typeof next.prefix === 'string') next.prefix = next.prefix.trim().toUpperCase();
  return next;
}

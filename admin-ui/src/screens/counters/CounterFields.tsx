/** The fields of a counter, the same for creating and editing (its number is fixed once created). */
import type { CommandName } from '../../../../protocol/commands';
import { CALL_POLICIES } from '../../../../protocol/structure';
import { useLang } from '../../../../ui-kit/i18n';
import { CheckboxField } from '../../kit/CheckboxField';
import { SelectField, TextField } from '../../kit/fields';
import { useCommand } from '../../kit/use-command';
import { loadStatus } from '../../kit/LoadState';
import type { CommandForm } from '../../kit/use-command-form';
import { choicesOf } from '../structure/names';
import { ServiceOrderField } from './ServiceOrderField';

export function CounterFields<N extends CommandName>(props: { form: CommandForm<N>; readOnly: boolean }) {
  const { t } = useLang();
  const { form, readOnly } = props;
  const centres = useCommand('centre.list', {});
  // The services are listed by name, grouped by centre: until both are here the list waits, rather than
  // showing ids or an empty picker.
  const services = useCommand('service.adminList', {});
  return (
    <>
      <TextField form={form} name="name" label="admin.counters.name" hint="admin.counters.nameHint" readOnly={readOnly} />
      <SelectField form={form} name="centreId" label="admin.counters.centre" choices={centres.data && choicesOf(centres.data)}
        readOnly={readOnly} />
      {services.data && centres.data
        ? <ServiceOrderField form={form} services={services.data} centres={centres.data} readOnly={readOnly} />
        : loadStatus(services) ?? loadStatus(centres)}
      <SelectField form={form} name="callPolicy" label="admin.counters.callPolicy" readOnly={readOnly}
        choices={CALL_POLICIES.map((p) => ({ value: p, label: t(`admin.counters.callPolicy.${p}`) }))} />
      <CheckboxField form={form} name="enabled" label="admin.structure.enabled" hint="admin.counters.enabledHint" readOnly={readOnly} />
    </>
  );
}

/** A name left empty is the default (<n>号窗口). */
export function prepareCounter(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== undefined));
}

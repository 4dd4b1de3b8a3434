import type { CommandName } from '../../../../protocol/commands';
import { useLang } from '../../../../ui-kit/i18n';
import { useHall } from '../../kit/console';
import { SelectField, TextField } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';
import { centreChoices, roleChoices } from './staff-choices';

/** The fields of an account, the same for creating and editing. */
export function StaffFields<N extends CommandName>(props: { form: CommandForm<N>; readOnly: boolean }) {
  const { t } = useLang();
  const centres = useHall().snapshot?.centres ?? [];
  const { form, readOnly } = props;
  return (
    <>
      <TextField form={form} name="displayName" label="admin.staff.displayName" readOnly={readOnly} />
      <TextField form={form} name="staffNumber" label="admin.staff.staffNumber" hint="admin.staff.staffNumberHint" readOnly={readOnly} />
      <TextField form={form} name="username" label="admin.staff.username" hint="admin.staff.usernameHint" readOnly={readOnly} />
      <SelectField form={form} name="role" label="admin.staff.role" choices={roleChoices(t)} readOnly={readOnly} />
      <SelectField form={form} name="centreId" label="admin.staff.centre" choices={centreChoices(t, centres)} readOnly={readOnly} />
    </>
  );
}

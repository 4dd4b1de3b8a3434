import type { CommandName } from '../../../../protocol/commands';
import { useLang } from '../../../../ui-kit/i18n';
import { SelectField, TextField } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';
import { paperChoices } from './printer-form';

/** Name, address and paper width; the id only when the printer is added (it never changes). */
export function PrinterFields<N extends CommandName>(props: { form: CommandForm<N>; withId: boolean; readOnly: boolean }) {
  const { t } = useLang();
  const { form, readOnly } = props;
  return (
    <>
      {props.withId ? <TextField form={form} name="id" label="admin.printers.id" hint="admin.printers.idHint" /> : null}
      <TextField form={form} name="name" label="admin.printers.name" readOnly={readOnly} />
      <TextField form={form} name="url" label="admin.printers.url" hint="admin.printers.urlHint" readOnly={readOnly} wide />
      <SelectField form={form} name="paperWidth" label="admin.printers.paperWidth" choices={paperChoices(t)} readOnly={readOnly} />
    </>
  );
}

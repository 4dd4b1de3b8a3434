/**
 * One centre, new (centre.create) or existing (centre.update): names in both scripts, icon, kiosk order,
 * enabled; deleting asks first and is refused while services, counters or staff belong to it.
 */
import { useState } from 'preact/hooks';
import type { CentreAdminView } from '../../../../protocol/structure';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole } from '../../kit/console';
import { CheckboxField } from '../../kit/CheckboxField';
import { NumberField, TextField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { MnStatusTag } from '../../kit/MnStatusTag';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type CommandForm, type FormValues } from '../../kit/use-command-form';
import type { CommandName } from '../../../../protocol/commands';
import { RemoveButton } from '../structure/RemoveButton';
import { IconField } from './IconField';
import { useFormFor } from '../../kit/use-form-for';

/** An id or order left empty is the server's to choose. */
function withoutEmpty(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== undefined));
}

function valuesOf(c: CentreAdminView): FormValues {
  return { id: c.id, name: c.name, nameMn: c.nameMn, icon: c.icon, sortOrder: c.sortOrder, enabled: c.enabled };
}

export function CentreForm(props: { id?: string }) {
  return props.id === undefined ? <CentreCreate /> : <CentreEdit id={props.id} />;
}

function CentreCreate() {
  const { navigate } = useConsole();
  const form = useCommandForm('centre.create', { id: '', name: '', nameMn: '', icon: 'stamp', enabled: true }, withoutEmpty);
  return (
    <section class="form-page" data-testid="centre-page">
      <header class="screen-head">
        <h1><Text k="admin.centres.new" /></h1>
        <a class="plain-button" href="#/centres"><Text k="admin.kit.back" /></a>
      </header>
      <FormShell form={form} submitLabel="admin.centres.create" testid="centre-form" onDone={(c) => navigate(`centres/${c.id}`)}>
        <TextField form={form} name="id" label="admin.structure.id" hint="admin.structure.idHint" />
        <CentreFields form={form} readOnly={false} />
      </FormShell>
    </section>
  );
}

function CentreEdit(props: { id: string }) {
  const { t } = useLang();
  const { canEdit, stream, navigate } = useConsole();
  const read = useCommand('centre.get', { id: props.id });
  const form = useCommandForm('centre.update', { id: props.id });
  const [saved, setSaved] = useState(false);
  const centre = useFormFor(read.data, form, valuesOf);

  if (!centre) return <section class="form-page">{loadStatus(read)}</section>;
  return (
    <section class="form-page" data-testid="centre-page">
      <header class="screen-head">
        <h1>{t('admin.centres.edit', { name: centre.name })}</h1>
        <a class="plain-button" href="#/centres"><Text k="admin.kit.back" /></a>
      </header>
      <p class="record-facts">
        <span>{t('admin.structure.idIs', { id: centre.id })}</span>
        <span>{t('admin.centres.counts', { services: centre.serviceCount, counters: centre.counterCount })}</span>
        <span>{t('admin.structure.nameMnReview')}<MnStatusTag status={centre.nameMnStatus} testid="centre-mn-status" /></span>
        <a href="#/services">{t('admin.services.title')}</a>
      </p>
      <FormShell form={form} readOnly={!canEdit} testid="centre-form"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}
        actions={canEdit ? (
          <RemoveButton label="admin.centres.remove" message={t('admin.centres.removeConfirm', { name: centre.name })}
            remove={() => runCommand(stream, 'centre.remove', { id: centre.id })} onRemoved={() => navigate('centres')} />
        ) : null}>
        <CentreFields form={form} readOnly={!canEdit} />
      </FormShell>
      {saved && !form.problem ? <p class="ok-note" role="status"><Text k="admin.kit.saved" /></p> : null}
    </section>
  );
}

function CentreFields<N extends CommandName>(props: { form: CommandForm<N>; readOnly: boolean }) {
  const { form, readOnly } = props;
  return (
    <>
      <TextField form={form} name="name" label="admin.centres.name" readOnly={readOnly} />
      <TextField form={form} name="nameMn" label="admin.centres.nameMn" hint="admin.structure.nameMnHint" readOnly={readOnly} mongolian />
      <IconField form={form} readOnly={readOnly} />
      <NumberField form={form} name="sortOrder" label="admin.structure.order" hint="admin.structure.orderHint" readOnly={readOnly} />
      <CheckboxField form={form} name="enabled" label="admin.structure.enabled" hint="admin.centres.enabledHint" readOnly={readOnly} />
    </>
  );
}

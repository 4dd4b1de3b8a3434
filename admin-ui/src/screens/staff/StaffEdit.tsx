import { useState } from 'preact/hooks';
import type { StaffView, StaffWithPassword } from '../../../../protocol/admin';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import type { Outcome } from '../../../../ui-kit/command-outcome';
import type { ErrorCode } from '../../../../protocol/errors';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole } from '../../kit/console';
import { ConfirmButton } from '../../kit/ConfirmDialog';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { SecretBox } from '../../kit/SecretBox';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type FormValues } from '../../kit/use-command-form';
import { StaffFields } from './StaffFields';
import { StaffPhotoField } from './StaffPhotoField';
import { useFormFor } from '../../kit/use-form-for';

function valuesOf(s: StaffView): FormValues {
  return { id: s.id, displayName: s.displayName, staffNumber: s.staffNumber ?? '', username: s.username, role: s.role, centreId: s.centreId };
}

/** An account made before staff numbers were kept may be saved without one. */
function withoutEmptyNumber(values: FormValues): FormValues {
  const { staffNumber, ...rest } = values;
  return staffNumber === '' ? rest : values;
}

export function StaffEdit(props: { id: number }) {
  const { t } = useLang();
  const { canEdit, stream, navigate } = useConsole();
  const read = useCommand('staff.get', { id: props.id });
  const form = useCommandForm('staff.update', { id: props.id }, withoutEmptyNumber);
  const [reset, setReset] = useState<StaffWithPassword | null>(null);
  const [refusal, setRefusal] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const staff = useFormFor(read.data, form, valuesOf);

  async function act(action: () => Promise<Outcome<StaffView>>): Promise<void> {
    setRefusal(null);
    const outcome = await action();
    if (outcome.kind === 'ok') read.reload();
    else setRefusal(outcome.kind === 'error' ? outcome.code : 'INTERNAL');
  }

  if (!staff) return <section class="form-page">{loadStatus(read)}</section>;
  if (reset) {
    return (
      <section class="form-page">
        <h1>{t('admin.staff.edit', { name: staff.displayName })}</h1>
        <SecretBox intro={t('admin.staff.resetDone', { name: staff.displayName })} secret={reset.oneTimePassword}
          onDone={() => setReset(null)} />
      </section>
    );
  }
  return (
    <section class="form-page">
      <header class="screen-head">
        <h1>{t('admin.staff.edit', { name: staff.displayName })}</h1>
        <span class={staff.active ? 'state-ok' : 'state-off'} data-testid="staff-state">
          {t(staff.active ? 'admin.staff.active' : 'admin.staff.disabled')}
          {staff.active && staff.mustChangePassword ? ` · ${t('admin.staff.mustChange')}` : ''}
        </span>
        <a class="plain-button" href="#/staff">
          <Text k="admin.kit.back" />
        </a>
      </header>
      <FormShell form={form} readOnly={!canEdit} testid="staff-form"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}
        actions={canEdit ? (
          <>
            <ConfirmButton label="admin.staff.reset" testid="staff-reset" danger={false}
              message={t('admin.staff.resetConfirm', { name: staff.displayName })}
              onConfirm={async () => {
                setRefusal(null);
                const outcome = await runCommand(stream, 'staff.resetPassword', { id: staff.id });
                if (outcome.kind === 'ok') setReset(outcome.data);
                else setRefusal(outcome.kind === 'error' ? outcome.code : 'INTERNAL');
              }} />
            {staff.active ? (
              <ConfirmButton label="admin.staff.disable" testid="staff-disable"
                message={t('admin.staff.disableConfirm', { name: staff.displayName })}
                onConfirm={() => act(() => runCommand(stream, 'staff.remove', { id: staff.id }))} />
            ) : (
              <button type="button" class="plain-button" data-testid="staff-enable"
                onClick={() => void act(() => runCommand(stream, 'staff.update', { id: staff.id, active: true }))}>
                <Text k="admin.staff.enable" />
              </button>
            )}
            <button type="button" class="plain-button" onClick={() => navigate('staff')}>
              <Text k="admin.kit.cancel" />
            </button>
          </>
        ) : null}>
        <StaffFields form={form} readOnly={!canEdit} />
      </FormShell>
      {saved && !form.problem ? <p class="ok-note" role="status"><Text k="admin.kit.saved" /></p> : null}
      {refusal ? <ErrorNote code={refusal} /> : null}
      <StaffPhotoField staff={staff} readOnly={!canEdit} onChanged={read.reload} />
    </section>
  );
}

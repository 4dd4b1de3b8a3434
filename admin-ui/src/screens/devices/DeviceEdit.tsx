import { useMemo, useState } from 'preact/hooks';
import type { DeviceWithKey } from '../../../../protocol/admin';
import type { ErrorCode } from '../../../../protocol/errors';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole, useHall } from '../../kit/console';
import { ConfirmButton } from '../../kit/ConfirmDialog';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type FormValues } from '../../kit/use-command-form';
import { DeviceFields } from './DeviceFields';
import { DeviceKeyShown } from './DeviceKeyShown';
import { deviceInput, formValuesOf } from './device-form';
import { onlineText, seenText } from './device-text';
import { useFormFor } from '../../kit/use-form-for';

export function DeviceEdit(props: { id: number }) {
  const { t } = useLang();
  const { stream, navigate } = useConsole();
  const timezone = useHall().snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const read = useCommand('device.get', { deviceId: props.id });
  const kind = read.data?.kind ?? 'kiosk';
  const prepare = useMemo(() => (values: FormValues) => deviceInput(values, kind, ['deviceId', 'name']), [kind]);
  const form = useCommandForm('device.update', { deviceId: props.id }, prepare);
  const device = useFormFor(read.data, form, formValuesOf);
  const [rekeyed, setRekeyed] = useState<DeviceWithKey | null>(null);
  const [refusal, setRefusal] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);

  if (!device) return <section class="form-page">{loadStatus(read)}</section>;
  const title = t('admin.devices.edit', { name: device.name });
  if (rekeyed) {
    return (
      <section class="form-page">
        <h1>{title}</h1>
        <DeviceKeyShown intro={t('admin.devices.rekeyed', { name: device.name })} issued={rekeyed} onDone={() => setRekeyed(null)} />
      </section>
    );
  }
  const revoked = device.revokedAt !== null;
  return (
    <section class="form-page">
      <header class="screen-head">
        <h1>{title}</h1>
        <span class={device.online > 0 ? 'state-ok' : 'state-off'} data-testid="device-state">
          {t(`admin.devices.kind.${device.kind}`)} · {revoked ? t('admin.devices.revoked', { name: device.name }) : onlineText(device, t)}
          {device.lastSeenAt !== null ? ` · ${t('admin.devices.lastSeen')} ${seenText(device.lastSeenAt, timezone)}` : ''}
        </span>
        <a class="plain-button" href="#/devices">
          <Text k="admin.kit.back" />
        </a>
      </header>
      <FormShell form={form} readOnly={revoked} testid="device-form"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}
        actions={revoked ? null : (
          <>
            <ConfirmButton label="admin.devices.rekey" testid="device-rekey" danger={false}
              message={t('admin.devices.rekeyConfirm', { name: device.name })}
              onConfirm={async () => {
                setRefusal(null);
                const outcome = await runCommand(stream, 'device.rekey', { deviceId: device.id });
                if (outcome.kind === 'ok') setRekeyed(outcome.data);
                else setRefusal(outcome.kind === 'error' ? outcome.code : 'INTERNAL');
              }} />
            <ConfirmButton label="admin.devices.revoke" testid="device-revoke"
              message={t('admin.devices.revokeConfirm', { name: device.name })}
              onConfirm={async () => {
                setRefusal(null);
                const outcome = await runCommand(stream, 'device.revoke', { deviceId: device.id });
                if (outcome.kind === 'ok') navigate('devices');
                else setRefusal(outcome.kind === 'error' ? outcome.code : 'INTERNAL');
              }} />
            <button type="button" class="plain-button" onClick={() => navigate('devices')}>
              <Text k="admin.kit.cancel" />
            </button>
          </>
        )}>
        <DeviceFields form={form} kind={device.kind} readOnly={revoked} />
      </FormShell>
      {saved && !form.problem ? <p class="ok-note" role="status"><Text k="admin.kit.saved" /></p> : null}
      {refusal ? <ErrorNote code={refusal} /> : null}
    </section>
  );
}

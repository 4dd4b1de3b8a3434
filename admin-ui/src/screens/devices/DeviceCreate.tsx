import { useState } from 'preact/hooks';
import { DEVICE_KINDS, type DeviceWithKey } from '../../../../protocol/admin';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { FormShell } from '../../kit/FormShell';
import { SelectField } from '../../kit/fields';
import { useCommandForm } from '../../kit/use-command-form';
import { DeviceFields } from './DeviceFields';
import { DeviceKeyShown } from './DeviceKeyShown';
import { kindOf, prepareIssue } from './device-form';

export function DeviceCreate() {
  const { t } = useLang();
  const { navigate } = useConsole();
  const firstPrinter = useHall().snapshot?.printers[0]?.printerId ?? null;
  const form = useCommandForm('device.issue',
    { kind: 'kiosk', name: '', printerId: firstPrinter, centreIds: [], centreId: null, counterId: null, displayKind: null },
    prepareIssue);
  const [issued, setIssued] = useState<DeviceWithKey | null>(null);
  const kind = kindOf(form.values.kind);

  if (issued) {
    return (
      <section class="form-page">
        <h1>
          <Text k="admin.devices.new" />
        </h1>
        <DeviceKeyShown intro={t('admin.devices.created', { name: issued.device.name })} issued={issued}
          onDone={() => navigate('devices')} />
      </section>
    );
  }
  return (
    <section class="form-page">
      <header class="screen-head">
        <h1>
          <Text k="admin.devices.new" />
        </h1>
        <a class="plain-button" href="#/devices">
          <Text k="admin.kit.back" />
        </a>
      </header>
      <FormShell form={form} onDone={setIssued} submitLabel="admin.devices.create" testid="device-form">
        <SelectField form={form} name="kind" label="admin.devices.kind" hint="admin.devices.kindFixed"
          choices={DEVICE_KINDS.map((k) => ({ value: k, label: t(`admin.devices.kind.${k}`) }))} />
        <DeviceFields form={form} kind={kind} readOnly={false} />
      </FormShell>
    </section>
  );
}

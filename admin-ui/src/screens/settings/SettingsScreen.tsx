/**
 * The hall's own texts and rules (hall.settings / hall.updateSettings): names in both scripts, complaint
 * phone, the late-return rule, the priority reasons the kiosk offers, the kiosks' issue rate, and the
 * address phones reach (with the server's warning when phones could not open it). What the deployment
 * fixes (the time zone) is shown beside, not edited here. Below, the 好差评 push (./RatingPushSection.tsx).
 */
import { useState } from 'preact/hooks';
import type { HallSettingsView } from '../../../../protocol/admin';
import { PRIORITY_REASONS } from '../../../../protocol/views';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { ChecklistField, NumberField, SelectField, TextField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { useCommandForm } from '../../kit/use-command-form';
import { PublicAddressField, preparePublicAddress } from './PublicAddressField';
import { RatingPushSection } from './RatingPushSection';
import { useFormFor } from '../../kit/use-form-for';
import { VoiceSection } from './VoiceSection';

const LATE_RETURN: HallSettingsView['lateReturn'][] = ['none', 'requeue-once'];

export function SettingsScreen() {
  const { t } = useLang();
  const { canEdit } = useConsole();
  const hall = useHall().snapshot?.hall;
  const read = useCommand('hall.settings', {});
  const form = useCommandForm('hall.updateSettings', {}, preparePublicAddress);
  const [saved, setSaved] = useState(false);
  const settings = useFormFor(read.data, form, (s) => ({ ...s }));

  if (!settings) return <section class="form-page">{loadStatus(read)}</section>;
  return (
    <section class="form-page" data-testid="settings-screen">
      <header class="screen-head">
        <h1>
          <Text k="admin.settings.title" />
        </h1>
      </header>
      <FormShell form={form} readOnly={!canEdit} testid="settings-form"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}>
        <TextField form={form} name="name" label="admin.settings.name" readOnly={!canEdit} />
        <TextField form={form} name="nameMn" label="admin.settings.nameMn" readOnly={!canEdit} mongolian />
        <TextField form={form} name="complaintPhone" label="admin.settings.complaintPhone" type="tel" readOnly={!canEdit} />
        <NumberField form={form} name="issuePerMinute" label="admin.settings.issuePerMinute" readOnly={!canEdit} />
        <NumberField form={form} name="caseDeadlineDays" label="admin.settings.caseDeadlineDays" readOnly={!canEdit} />
        <SelectField form={form} name="lateReturn" label="admin.settings.lateReturn" readOnly={!canEdit}
          choices={LATE_RETURN.map((rule) => ({ value: rule, label: t(`admin.settings.lateReturn.${rule}`) }))} />
        <ChecklistField form={form} name="priorityReasons" label="admin.settings.priorityReasons" readOnly={!canEdit}
          choices={PRIORITY_REASONS.map((reason) => ({ value: reason, label: t(`priority.${reason}`) }))} />
        <PublicAddressField form={form} phones={settings.phones} readOnly={!canEdit} />
      </FormShell>
      {saved && !form.problem ? <p class="ok-note" role="status" data-testid="settings-saved"><Text k="admin.kit.saved" /></p> : null}
      {hall ? (
        <dl class="facts">
          <dt class="facts-title">
            <Text k="admin.settings.deployment" />
          </dt>
          <dd>
            {t('admin.settings.publicUrl')}: <code>{hall.publicUrl}</code>
          </dd>
          <dd>
            {t('admin.settings.timezone')}: <code>{hall.timezone}</code>
          </dd>
        </dl>
      ) : null}
      {canEdit ? <RatingPushSection /> : null}
      {canEdit ? <VoiceSection /> : null}
    </section>
  );
}

/**
 * One service (service.update) and, below it, its opening hours and limits in the hours screen's own
 * editor (a form of its own: service.setHours). A service any ticket ever named cannot be deleted.
 */
import { useState } from 'preact/hooks';
import type { ServiceAdminView } from '../../../../protocol/structure';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole } from '../../kit/console';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { MnStatusTag } from '../../kit/MnStatusTag';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type FormValues } from '../../kit/use-command-form';
import { HoursEditor } from '../hours/HoursEditor';
import { RemoveButton } from '../structure/RemoveButton';
import { ServiceFields, prepareService } from './ServiceFields';
import { useFormFor } from '../../kit/use-form-for';

function valuesOf(s: ServiceAdminView): FormValues {
  return { id: s.id, centreId: s.centreId, name: s.name, nameMn: s.nameMn, prefix: s.prefix,
    // Moving onto another prefix in use must be confirmed anew, whatever this one shares.
    sharePrefix: false,
    defaultServiceMinutes: s.defaultServiceMinutes, sortOrder: s.sortOrder, priorityOffered: s.priorityOffered, enabled: s.enabled,
    waitYellowMinutes: s.waitYellowMinutes, waitRedMinutes: s.waitRedMinutes, serviceYellowMinutes: s.serviceYellowMinutes,
    serviceRedMinutes: s.serviceRedMinutes, idleAlertMinutes: s.idleAlertMinutes };
}

export function ServiceEdit(props: { id: string }) {
  const { t } = useLang();
  const { canEdit, stream, navigate } = useConsole();
  const read = useCommand('service.get', { id: props.id });
  const form = useCommandForm('service.update', { id: props.id }, prepareService);
  const [saved, setSaved] = useState(false);
  const service = useFormFor(read.data, form, valuesOf);

  if (!service) return <section class="form-page">{loadStatus(read)}</section>;
  return (
    <section class="form-page" data-testid="service-page">
      <header class="screen-head">
        <h1>{t('admin.services.edit', { name: service.name })}</h1>
        <a class="plain-button" href="#/services"><Text k="admin.kit.back" /></a>
      </header>
      <p class="record-facts">
        <span>{t('admin.structure.idIs', { id: service.id })}</span>
        <span>{t('admin.services.countersAre', { counters: service.counterIds.join('、') || t('admin.structure.none') })}</span>
        <span>{t('admin.services.ticketsTodayAre', { n: service.ticketsToday })}</span>
        <span>{t('admin.structure.nameMnReview')}<MnStatusTag status={service.nameMnStatus} testid="service-mn-status" /></span>
      </p>
      <FormShell form={form} readOnly={!canEdit} testid="service-form"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}
        actions={canEdit ? (service.used ? <span class="muted" data-testid="service-used">{t('admin.services.usedNote')}</span> : (
          <RemoveButton label="admin.services.remove" message={t('admin.services.removeConfirm', { name: service.name })}
            remove={() => runCommand(stream, 'service.remove', { id: service.id })} onRemoved={() => navigate('services')} />
        )) : null}>
        <ServiceFields form={form} readOnly={!canEdit} self={service.id} />
      </FormShell>
      {saved && !form.problem ? <p class="ok-note" role="status"><Text k="admin.kit.saved" /></p> : null}
      <h2><Text k="admin.services.hours" /></h2>
      <HoursEditor serviceId={service.id} onSaved={() => read.reload()} />
    </section>
  );
}

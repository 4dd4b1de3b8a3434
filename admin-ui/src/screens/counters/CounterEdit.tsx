/**
 * One counter (counter.update): its services in order, call policy, enabled; who is logged in now, and
 * the devices tied to it (edited on the devices screen, shown here read-only).
 */
import { useState } from 'preact/hooks';
import type { CounterAdminView } from '../../../../protocol/structure';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole } from '../../kit/console';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type FormValues } from '../../kit/use-command-form';
import { RemoveButton } from '../structure/RemoveButton';
import { CounterFields, prepareCounter } from './CounterFields';
import { useFormFor } from '../../kit/use-form-for';

function valuesOf(c: CounterAdminView): FormValues {
  return { id: c.id, name: c.name, centreId: c.centreId, serviceIds: c.serviceIds, callPolicy: c.callPolicy, enabled: c.enabled };
}

export function CounterEdit(props: { id: number }) {
  const { t } = useLang();
  const { canEdit, stream, navigate } = useConsole();
  const read = useCommand('counter.get', { id: props.id });
  const form = useCommandForm('counter.update', { id: props.id }, prepareCounter);
  const [saved, setSaved] = useState(false);
  const counter = useFormFor(read.data, form, valuesOf);

  if (!counter) return <section class="form-page">{loadStatus(read)}</section>;
  return (
    <section class="form-page" data-testid="counter-page">
      <header class="screen-head">
        <h1>{t('admin.counters.edit', { n: counter.id, name: counter.name })}</h1>
        <a class="plain-button" href="#/counters"><Text k="admin.kit.back" /></a>
      </header>
      <p class="record-facts" data-testid="counter-now">
        <span>{t(`admin.counters.status.${counter.status}`)}{counter.staffName ? ` · ${counter.staffName}` : ''}</span>
        <span>{t('admin.services.ticketsTodayAre', { n: counter.ticketsToday })}</span>
      </p>
      <FormShell form={form} readOnly={!canEdit} testid="counter-form"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}
        actions={canEdit ? (counter.used ? <span class="muted">{t('admin.counters.usedNote')}</span> : (
          <RemoveButton label="admin.counters.remove" message={t('admin.counters.removeConfirm', { name: counter.name })}
            remove={() => runCommand(stream, 'counter.remove', { id: counter.id })} onRemoved={() => navigate('counters')} />
        )) : null}>
        <CounterFields form={form} readOnly={!canEdit} />
      </FormShell>
      {saved && !form.problem ? <p class="ok-note" role="status"><Text k="admin.kit.saved" /></p> : null}
      <section class="panel" data-testid="counter-devices">
        <h2><Text k="admin.counters.devices" /></h2>
        {counter.devices.length === 0 ? <p class="muted"><Text k="admin.counters.noDevices" /></p> : (
          <ul class="facts-list">
            {counter.devices.map((d) => <li key={d.id}>{t(`admin.counters.deviceKind.${d.kind}`)}:{d.name}</li>)}
          </ul>
        )}
        <p class="form-hint"><Text k="admin.counters.devicesHint" /></p>
      </section>
    </section>
  );
}

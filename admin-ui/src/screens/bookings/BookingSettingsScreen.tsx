/**
 * Booking settings of every service (#/booking-settings/<serviceId>): pick a service, then whether it
 * takes appointments, its slot length and capacity, the walk-in share, how far ahead and until when a
 * booking may be cancelled (booking.configure, audited). Supervisors read.
 */
import { useState } from 'preact/hooks';
import { bookablePlaces, type BookingSettings } from '../../../../protocol/booking';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { CheckboxField } from '../../kit/CheckboxField';
import { useConsole, useHall } from '../../kit/console';
import { NumberField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { useCommandForm } from '../../kit/use-command-form';
import { useFormFor } from '../../kit/use-form-for';
import type { ScreenProps } from '../screen';
import { ServicePicker } from './ServicePicker';

export function BookingSettingsScreen(props: ScreenProps) {
  const { navigate } = useConsole();
  const [serviceId] = props.path;
  return (
    <section class="form-page" data-testid="booking-settings-screen">
      <header class="screen-head">
        <h1>
          <Text k="admin.bookingSettings.title" />
        </h1>
        <ServicePicker value={serviceId ?? ''} label="admin.bookingSettings.service" empty="admin.bookingSettings.pickService"
          testid="booking-settings-service" onPick={(id) => navigate(`booking-settings/${id}`)} />
      </header>
      {serviceId ? <SettingsForm key={serviceId} serviceId={serviceId} /> : null}
    </section>
  );
}

function SettingsForm(props: { serviceId: string }) {
  const { t } = useLang();
  const { canEdit } = useConsole();
  const online = useHall().status === 'online';
  const read = useCommand('booking.settings', {});
  const form = useCommandForm('booking.configure', { serviceId: props.serviceId });
  const [saved, setSaved] = useState(false);
  const record = read.data?.find((s) => s.serviceId === props.serviceId) ?? null;
  const shown = useFormFor(record, form, (s: BookingSettings) => ({ ...s }));
  if (!shown) return <>{loadStatus(read)}</>;
  const capacity = typeof form.values.capacity === 'number' ? form.values.capacity : shown.capacity;
  const walkIn = typeof form.values.walkInPercent === 'number' ? form.values.walkInPercent : shown.walkInPercent;
  const readOnly = !canEdit || !online;
  return (
    <section data-testid={`booking-settings-${props.serviceId}`}>
      <FormShell form={form} readOnly={!canEdit} testid="booking-settings-form" onDone={() => {
        setSaved(true);
        read.reload();
      }}>
        <CheckboxField form={form} name="bookable" label="admin.bookingSettings.bookable" hint="admin.bookingSettings.bookableHint" readOnly={readOnly} />
        <NumberField form={form} name="slotMinutes" label="admin.bookingSettings.slotMinutes" hint="admin.bookingSettings.slotMinutesHint" readOnly={readOnly} />
        <NumberField form={form} name="capacity" label="admin.bookingSettings.capacity" hint="admin.bookingSettings.capacityHint" readOnly={readOnly} />
        <NumberField form={form} name="walkInPercent" label="admin.bookingSettings.walkInPercent" hint="admin.bookingSettings.walkInPercentHint"
          readOnly={readOnly} />
        <NumberField form={form} name="daysAhead" label="admin.bookingSettings.daysAhead" hint="admin.bookingSettings.daysAheadHint" readOnly={readOnly} />
        <NumberField form={form} name="cancelMinutesBefore" label="admin.bookingSettings.cancelMinutesBefore"
          hint="admin.bookingSettings.cancelMinutesBeforeHint" readOnly={readOnly} />
        <p class="form-hint wide" data-testid="booking-places">
          {t('admin.bookingSettings.places', { n: bookablePlaces({ capacity: Number(capacity), walkInPercent: Number(walkIn) }) })}
        </p>
      </FormShell>
      {saved && !form.problem ? <p class="ok-note" role="status" data-testid="booking-settings-saved"><Text k="admin.bookingSettings.saved" /></p> : null}
    </section>
  );
}

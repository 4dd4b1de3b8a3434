/**
 * 代约: staff book a slot for a resident who calls or asks at a window. The slot list is the same
 * booking.slots residents see; the booking meets the same limits. The code is shown once, large, to be
 * read out to the resident; the console never shows it again (lists cut it).
 */
import { useState } from 'preact/hooks';
import type { BookingView } from '../../../../protocol/booking';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { FieldFrame, TextField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { SecretBox } from '../../kit/SecretBox';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type CommandForm } from '../../kit/use-command-form';
import { ServicePicker } from './ServicePicker';

type Form = CommandForm<'booking.create'>;

export function OnBehalfForm(props: { date: string; onBooked: () => void }) {
  const { t } = useLang();
  const blank = { serviceId: '', date: props.date, start: '', name: '', phone: '' };
  const form = useCommandForm('booking.create', blank);
  const [made, setMade] = useState<BookingView | null>(null);
  const serviceId = typeof form.values.serviceId === 'string' ? form.values.serviceId : '';
  const date = typeof form.values.date === 'string' ? form.values.date : props.date;
  if (made) {
    return (
      <section class="on-behalf" data-testid="on-behalf-made">
        <SecretBox intro={t('admin.bookings.made', { date: made.date, start: made.start, end: made.end })} secret={made.code}
          onDone={() => {
            setMade(null);
            form.reset(blank);
          }} />
      </section>
    );
  }
  return (
    <section class="on-behalf" data-testid="on-behalf">
      <h2>
        <Text k="admin.bookings.onBehalf" />
      </h2>
      <p class="form-hint">
        <Text k="admin.bookings.onBehalfHint" />
      </p>
      <FormShell form={form} submitLabel="admin.bookings.submit" testid="on-behalf-form" onDone={(answer) => {
        setMade(answer);
        props.onBooked();
      }}>
        <FieldFrame form={form} path="serviceId" label="admin.bookings.service">
          <ServicePicker value={serviceId} label="admin.bookings.service" empty="admin.bookingSettings.pickService" testid="field-serviceId" bare
            onPick={(id) => {
              form.set('serviceId', id);
              form.set('start', '');
            }} />
        </FieldFrame>
        <FieldFrame form={form} path="date" label="admin.bookings.date">
          <input type="date" data-testid="field-date" value={date} onChange={(e) => {
            form.set('date', e.currentTarget.value);
            form.set('start', '');
          }} />
        </FieldFrame>
        {serviceId ? <SlotField form={form} serviceId={serviceId} date={date} /> : null}
        <TextField form={form} name="name" label="admin.bookings.name" />
        <TextField form={form} name="phone" label="admin.bookings.phone" type="tel" />
      </FormShell>
    </section>
  );
}

function SlotField(props: { form: Form; serviceId: string; date: string }) {
  const { t } = useLang();
  const { form } = props;
  const slots = useCommand('booking.slots', { serviceId: props.serviceId, date: props.date }).data;
  const open = (slots?.slots ?? []).filter((s) => s.open);
  return (
    <FieldFrame form={form} path="start" label="admin.bookings.slot">
      {slots && open.length === 0 ? <span class="form-hint" data-testid="no-slots">{t('admin.bookings.noSlots')}</span> : (
        <select data-testid="field-start" value={typeof form.values.start === 'string' ? form.values.start : ''}
          onChange={(e) => form.set('start', e.currentTarget.value)}>
          <option value="">{t('admin.bookings.pickSlot')}</option>
          {open.map((s) => <option key={s.start} value={s.start}>{t('admin.bookings.slotLeft', { start: s.start, end: s.end, n: s.left })}</option>)}
        </select>
      )}
    </FieldFrame>
  );
}

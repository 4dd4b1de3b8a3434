/**
 * A day's appointments (#/bookings/<date>): every booking masked (name 王*明, number 138****5678, code cut),
 * its slot, status and the ticket it got at check-in; supervisors and admins cancel one for a resident
 * (booking.revoke) and book on a resident's behalf (代约, booking.create), both audited.
 */
import { useState } from 'preact/hooks';
import type { BookingView } from '../../../../protocol/booking';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { ConfirmButton } from '../../kit/ConfirmDialog';
import { runCommand, useConsole, useHall } from '../../kit/console';
import { ListPage } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import type { ScreenProps } from '../screen';
import { OnBehalfForm } from './OnBehalfForm';
import { ServicePicker } from './ServicePicker';
import './bookings.css';

export function BookingsScreen(props: ScreenProps) {
  const { t } = useLang();
  const { canEdit, navigate, stream } = useConsole();
  const snapshot = useHall().snapshot;
  const date = props.path[0] ?? snapshot?.hall.businessDay ?? new Date().toISOString().slice(0, 10);
  const [serviceId, setServiceId] = useState('');
  const read = useCommand('booking.day', serviceId ? { date, serviceId } : { date });
  const serviceName = (id: string): string => snapshot?.services.find((s) => s.id === id)?.name ?? id;
  const rows = read.data?.bookings ?? null;
  const cancel = async (b: BookingView): Promise<void> => {
    await runCommand(stream, 'booking.revoke', { id: b.id });
    read.reload();
  };
  return (
    <div class="bookings-screen" data-testid="bookings-screen">
      <ListPage<BookingView>
        title="admin.bookings.title"
        testid="bookings-list"
        rows={rows}
        rowKey={(b) => b.id}
        searchText={(b) => `${b.start} ${serviceName(b.serviceId)} ${b.nameMasked} ${b.phoneMasked} ${b.ticketNumber ?? ''}`}
        status={read.state.kind === 'ok' || rows ? (rows?.length === 0 ? <p class="empty-note" data-testid="bookings-empty"><Text k="admin.bookings.empty" /></p> : undefined)
          : loadStatus(read)}
        toolbar={(
          <div class="bookings-toolbar">
            <label class="inline-field">
              <span class="form-label">{t('admin.bookings.date')}</span>
              <input type="date" data-testid="bookings-date" value={date} onChange={(e) => navigate(`bookings/${e.currentTarget.value}`)} />
            </label>
            <ServicePicker value={serviceId} label="admin.bookings.service" empty="admin.bookings.allServices" testid="bookings-service"
              onPick={setServiceId} />
          </div>
        )}
        columns={[
          { label: 'admin.bookings.time', narrow: true, cell: (b) => `${b.start}–${b.end}` },
          { label: 'admin.bookings.service', cell: (b) => serviceName(b.serviceId) },
          { label: 'admin.bookings.name', narrow: true, cell: (b) => b.nameMasked },
          { label: 'admin.bookings.phone', narrow: true, cell: (b) => b.phoneMasked },
          { label: 'admin.bookings.code', narrow: true, cell: (b) => <span class="booking-code">{b.code}</span> },
          { label: 'admin.bookings.status', narrow: true, cell: (b) => (
            <span class={`booking-status booking-${b.status}`} data-testid={`booking-status-${b.id}`}>
              {t(`admin.bookings.status.${b.status}`)}{b.byStaff ? ` · ${t('admin.bookings.byStaff')}` : ''}
            </span>
          ) },
          { label: 'admin.bookings.ticket', narrow: true, cell: (b) => b.ticketNumber ?? '' },
          { label: 'admin.bookings.cancel', narrow: true, cell: (b) => (canEdit && b.status === 'booked' ? (
            <ConfirmButton label="admin.bookings.cancel" testid={`booking-cancel-${b.id}`} onConfirm={() => cancel(b)}
              message={t('admin.bookings.cancelConfirm', { time: `${b.date} ${b.start}`, name: b.nameMasked })} />
          ) : null) },
        ]}
      />
      {canEdit ? <OnBehalfForm date={date} onBooked={read.reload} /> : null}
    </div>
  );
}

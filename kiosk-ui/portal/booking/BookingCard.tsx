/**
 * A booking as its holder sees it: the code very large with a QR of it (the kiosk's scanner reads the
 * code from it), the service, the day and slot, the masked name and number, when to check in, and until
 * when it may be cancelled.
 */
import { CHECK_IN_EARLY_MINUTES, CHECK_IN_LATE_MINUTES, type BookingView } from '../../../protocol/booking';
import type { PortalServices } from '../../../protocol/portal';
import { Stacked, Text, useLang } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { QrCode } from '../../../ui-kit/QrCode';
import { pathOf } from '../routes';

export function BookingCard(props: { booking: BookingView; data: PortalServices }) {
  const { t } = useLang();
  const { booking } = props;
  const service = props.data.services.find((s) => s.id === booking.serviceId);
  const address = `${window.location.origin}${pathOf({ page: 'booking', code: booking.code })}`;
  return (
    <section class="portal-booking" data-testid="portal-booking" data-status={booking.status}>
      <p class="portal-booking-code-label"><Text k="portal.booking.code" /></p>
      <p class="portal-booking-code" data-testid="portal-booking-code">{booking.code}</p>
      <div class="portal-booking-qr">
        <QrCode text={address} label={t('portal.booking.qr')} size={220} />
        <p class="portal-hint"><Text k="portal.booking.qrHint" /></p>
      </div>
      <dl class="portal-booking-facts">
        {service ? (<><dt><Text k="portal.booking.service" /></dt><dd><Stacked {...namesOf(service)} /></dd></>) : null}
        <dt><Text k="portal.booking.when" /></dt>
        <dd data-testid="portal-booking-when">{booking.date} {booking.start}-{booking.end}</dd>
        <dt><Text k="portal.booking.who" /></dt>
        <dd>{booking.nameMasked} · {booking.phoneMasked}</dd>
        <dt><Text k="portal.booking.status" /></dt>
        <dd data-testid="portal-booking-status"><Text k={`portal.booking.status.${booking.status}`} /></dd>
      </dl>
      {booking.status === 'booked' ? (
        <p class="portal-lead"><Text k="portal.booking.checkInWhen" vars={{ early: CHECK_IN_EARLY_MINUTES, late: CHECK_IN_LATE_MINUTES }} /></p>
      ) : null}
    </section>
  );
}

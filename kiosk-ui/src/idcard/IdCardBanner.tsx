import type { HallSnapshot } from '../../../protocol/views';
import { localDateTime } from '../../../protocol/local-time';
import { findService } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { useSource } from '../../../ui-kit/use-source';
import type { IdReadings } from './id-readings';

/**
 * While the kiosk holds a card reading: whose card it is (masked name only), that the next ticket is
 * taken in that name, and a way to say it is not theirs. When the person booked for today with this ID
 * number, the booking is offered for check-in with one tap.
 */
export function IdCardBanner(props: { readings: IdReadings; snapshot: HallSnapshot; onCheckIn: (code: string) => void }) {
  const reading = useSource(props.readings);
  if (!reading) return null;
  const time = (at: number): string => localDateTime(at, props.snapshot.hall.timezone).slice(11);
  return (
    <div class="idcard-banner" role="status" data-testid="idcard-banner">
      <div class="idcard-text">
        <p class="idcard-title">
          <Text k="kiosk.idcard.read" vars={{ name: reading.maskedName }} />
        </p>
        <p class="hint">
          <Text k={reading.bookings.length ? 'kiosk.idcard.booked' : 'kiosk.idcard.hint'} />
        </p>
      </div>
      {reading.bookings.map((booking) => {
        const service = findService(props.snapshot, booking.serviceId);
        return (
          <button key={booking.code} type="button" class="big-button idcard-booking" data-testid="idcard-booking"
            onClick={() => props.onCheckIn(booking.code)}>
            {service ? <Stacked {...namesOf(service)} /> : null}
            <span class="idcard-slot">{time(booking.slotStart)}–{time(booking.slotEnd)}</span>
            <Text k="kiosk.home.checkIn" />
          </button>
        );
      })}
      <button type="button" class="big-button idcard-discard" data-testid="idcard-discard" onClick={() => props.readings.discard()}>
        <Text k="kiosk.idcard.discard" />
      </button>
    </div>
  );
}

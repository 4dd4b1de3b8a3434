/** 我的预约: open a booking by its code (as shown when it was made, with or without dashes). */
import '../booking/booking.css';
import { useState } from 'preact/hooks';
import { isBookingCode, normalBookingCode } from '../../../protocol/booking';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import { useNavigation } from '../navigation';
import { PageHeading } from '../parts/PageHeading';

export function BookingLookupPage() {
  const { go } = useNavigation();
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const submit = (event: Event): void => {
    event.preventDefault();
    const code = normalBookingCode(typed);
    if (!isBookingCode(code)) return setWrong(true);
    go({ page: 'booking', code });
  };
  return (
    <>
      <PageHeading kicker="portal.book.title">
        <Text k="portal.bookings.title" />
      </PageHeading>
      <form class="portal-form" onSubmit={submit} noValidate data-testid="booking-lookup">
        <label class="portal-field">
          <Text k="portal.bookings.code" class="portal-label" />
          <input type="text" autoComplete="off" autoCapitalize="characters" maxLength={20} value={typed} data-testid="booking-lookup-code"
            onInput={(e) => {
              setTyped(e.currentTarget.value);
              setWrong(false);
            }} />
        </label>
        {wrong ? <ErrorNote code="BOOKING_NOT_FOUND" /> : null}
        <button type="submit" class="portal-button" data-testid="booking-lookup-submit"><Text k="portal.bookings.open" /></button>
      </form>
    </>
  );
}

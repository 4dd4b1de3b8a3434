/**
 * A booking by its code (/portal/bookings/<code>): what was booked, the code and its QR for the kiosk,
 * and cancelling it while the service's deadline allows. Only the code's holder can open it; wrong codes
 * are limited per address on the server.
 */
import '../booking/booking.css';
import { useState } from 'preact/hooks';
import type { BookingView } from '../../../protocol/booking';
import type { ErrorCode } from '../../../protocol/errors';
import type { PortalServices } from '../../../protocol/portal';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import { PortalLink } from '../navigation';
import { PageHeading } from '../parts/PageHeading';
import { BookingCard } from '../booking/BookingCard';
import { sendApi } from '../booking/send-api';
import { useRead } from '../booking/use-read';

export function BookingPage(props: { data: PortalServices; code: string }) {
  const read = useRead<BookingView>(`/api/bookings/${encodeURIComponent(props.code)}`);
  const [cancelling, setCancelling] = useState<'idle' | 'asking' | 'sending' | { code: ErrorCode }>('idle');
  const cancel = async (): Promise<void> => {
    setCancelling('sending');
    const outcome = await sendApi<BookingView>(`/api/bookings/${encodeURIComponent(props.code)}/cancel`, {});
    setCancelling(outcome.kind === 'error' ? { code: outcome.code } : 'idle');
    read.reload();
  };
  return (
    <>
      <PageHeading kicker="portal.book.title">
        <Text k="portal.booking.title" />
      </PageHeading>
      {read.state.phase === 'loading' ? <p class="portal-status" role="status"><Text k="portal.book.loading" /></p> : null}
      {read.state.phase === 'failed' ? <ErrorNote code={read.state.code} /> : null}
      {read.state.phase === 'unanswered' ? <p class="portal-status" role="alert"><Text k="kiosk.boards.unanswered" /></p> : null}
      {read.state.phase === 'ready' ? (
        <>
          <BookingCard booking={read.state.data} data={props.data} />
          {read.state.data.cancellable ? (
            cancelling === 'asking' ? (
              <div class="portal-confirm" role="alertdialog" aria-labelledby="cancel-ask">
                <p id="cancel-ask" class="portal-lead"><Text k="portal.booking.cancelAsk" /></p>
                <button type="button" class="portal-button portal-danger" data-testid="booking-cancel-yes" onClick={() => void cancel()}>
                  <Text k="portal.booking.cancelYes" />
                </button>
                <button type="button" class="portal-button portal-plain" onClick={() => setCancelling('idle')}>
                  <Text k="portal.booking.cancelNo" />
                </button>
              </div>
            ) : (
              <button type="button" class="portal-button portal-plain" data-testid="booking-cancel" disabled={cancelling === 'sending'}
                onClick={() => setCancelling('asking')}>
                <Text k="portal.booking.cancel" />
              </button>
            )
          ) : null}
          {typeof cancelling === 'object' ? <ErrorNote code={cancelling.code} /> : null}
        </>
      ) : null}
      <p class="portal-links"><PortalLink to={{ page: 'bookings' }}><Text k="portal.bookings.other" /></PortalLink></p>
    </>
  );
}

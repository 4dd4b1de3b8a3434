import type { HallSnapshot, IssuedTicket } from '../../../protocol/views';
import { tr } from '../../../protocol/catalog/ui-lookup';
import { findService } from '../../../ui-kit/hall-queries';
import { Stacked, Text, useLang } from '../../../ui-kit/i18n';
import { counterList, namesOf } from '../../../ui-kit/names';
import { Sign } from '../../../ui-kit/Sign';
import { Pictogram } from '../parts/Pictogram';
import { QrCode } from '../../../ui-kit/QrCode';
import { slipMessage, slipStatus, type SlipStatus } from '../print-status';
import type { TicketPrintOutcomes } from '../print-results';
import { useSource, type Subscribable } from '../../../ui-kit/use-source';

/** The ticket on screen: the number very large, the queue ahead, the counters, the QR code, the slip. */
export function TicketScreen(props: {
  issued: IssuedTicket;
  withNotice: boolean;
  /** The ticket of a booking's check-in: said above the number (on time, or late and queued as a walk-in). */
  checkIn: 'on-time' | 'late' | null;
  snapshot: HallSnapshot;
  ticketPrints: Subscribable<TicketPrintOutcomes>;
  onDone: () => void;
}) {
  const { issued, snapshot, onDone } = props;
  const { t } = useLang();
  const ticket = issued.ticket;
  const priority = ticket.priority;
  const service = findService(snapshot, ticket.serviceId);
  const outcome = useSource(props.ticketPrints).get(ticket.id) ?? null;
  const status = slipStatus(issued.print.status, outcome);
  return (
    <section class="screen ticket-screen" data-testid="ticket-screen">
      <PrintStatus status={status} withNotice={props.withNotice} />
      {props.checkIn ? (
        <p class={`check-in-note check-in-${props.checkIn}`} role="status" data-testid="check-in-note">
          <Text k={props.checkIn === 'on-time' ? 'kiosk.checkIn.done' : 'kiosk.checkIn.late'} />
        </p>
      ) : null}
      <div class="ticket-card">
        {service ? <Stacked {...namesOf(service)} class="ticket-service" /> : null}
        <p class="ticket-label">
          <Text k="kiosk.ticket.yourNumber" />
        </p>
        <p class="ticket-number" data-testid="ticket-number">
          {ticket.number}
        </p>
        {priority ? (
          <p class="ticket-priority">
            <Text k="kiosk.ticket.priority" varsOf={(l) => ({ reason: tr(`priority.${priority}`, l) })} />
          </p>
        ) : null}
        <p class="ticket-queue">
          <Text k="queue.peopleAhead" vars={{ n: ticket.peopleAhead }} />
        </p>
        {ticket.peopleAhead > 0 ? (
          <p class="ticket-queue">
            <Text k="queue.estimate" vars={{ n: ticket.estimateMinutes }} />
          </p>
        ) : null}
        {ticket.servingCounters.length > 0 ? (
          <p class="ticket-counters">
            <Text k="kiosk.ticket.watchCounters" varsOf={(l) => ({ list: counterList(ticket.servingCounters, l) })} />
          </p>
        ) : null}
      </div>
      <div class="ticket-qr" data-testid="ticket-qr">
        <QrCode text={issued.trackUrl} label={t('kiosk.ticket.scan')} size={300} />
        <p>
          <Text k="kiosk.ticket.scan" />
        </p>
        {issued.ratingCode !== null ? (
          <p class="ticket-rating-code" data-testid="ticket-rating-code">
            <Text k="kiosk.ticket.ratingCode" vars={{ code: issued.ratingCode }} />
          </p>
        ) : null}
      </div>
      <button type="button" class="big-button done-button" onClick={onDone}>
        <Text k="kiosk.ticket.done" />
      </button>
    </section>
  );
}

function PrintStatus(props: { status: SlipStatus; withNotice: boolean }) {
  const { status } = props;
  const good = status === 'queued' || status === 'printed';
  return (
    <p class={`print-status print-${status}`} role="status" data-testid="print-status" data-status={status}>
      <span class="print-sign">
        {good ? <Sign name="printer" size={40} /> : <Pictogram name={status === 'none' ? 'notice' : 'warning'} size={40} />}
      </span>
      <Text k={slipMessage(status, props.withNotice)} />
    </p>
  );
}

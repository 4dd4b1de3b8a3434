import type { HallSnapshot, IssuedTicket } from '../../../protocol/views';
import { tr } from '../../../protocol/catalog/ui-lookup';
import { findService } from '../../../ui-kit/hall-queries';
import { Stacked, Text, useLang } from '../../../ui-kit/i18n';
import { counterList, namesOf } from '../../../ui-kit/names';
import { Sign } from '../../../ui-kit/Sign';
import { QrCode } from '../parts/QrCode';
import { usePrintOutcome } from '../use-print-outcome';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { useIdleReturn } from '../use-idle-return';

/** Long enough to read the slip and scan the code, short enough that the next resident is not kept waiting. */
const TICKET_SCREEN_MS = 60_000;

/** The ticket on screen: the number very large, the queue ahead, the counters, the QR code, the slip. */
export function TicketScreen(props: { issued: IssuedTicket; snapshot: HallSnapshot; stream: HallStream; onDone: () => void }) {
  const { issued, snapshot, onDone } = props;
  const { t } = useLang();
  const ticket = issued.ticket;
  const priority = ticket.priority;
  const service = findService(snapshot, ticket.serviceId);
  useIdleReturn(TICKET_SCREEN_MS, onDone, true);
  const printed = usePrintOutcome(props.stream, ticket.id);
  // A queued slip that then failed is, for the resident, a printer that is not available.
  const printStatus = issued.print.status === 'queued' && printed === 'failed' ? 'unavailable' : issued.print.status;
  return (
    <section class="screen ticket-screen">
      <PrintStatus status={printStatus} />
      <div class="ticket-card">
        {service ? <Stacked {...namesOf(service)} class="ticket-service" /> : null}
        <p class="ticket-label">
          <Text k="kiosk.ticket.yourNumber" />
        </p>
        <p class="ticket-number">{ticket.number}</p>
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
      <div class="ticket-qr">
        <QrCode text={issued.trackUrl} label={t('kiosk.ticket.scan')} size={260} />
        <p>
          <Text k="kiosk.ticket.scan" />
        </p>
      </div>
      <button type="button" class="big-button done-button" onClick={onDone}>
        <Text k="kiosk.ticket.done" />
      </button>
    </section>
  );
}

function PrintStatus(props: { status: IssuedTicket['print']['status'] }) {
  return (
    <p class={`print-status print-${props.status}`} role="status">
      <span class="print-sign" aria-hidden="true">
        {props.status === 'queued' ? <Sign name="printer" size={40} /> : props.status === 'unavailable' ? '!' : 'i'}
      </span>
      <Text k={`kiosk.print.${props.status}`} />
    </p>
  );
}

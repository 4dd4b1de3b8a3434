import type { HallSnapshot, TicketDetail } from '../../../protocol/views';
import { findService } from '../../../ui-kit/hall-queries';
import { Text, useLang } from '../../../ui-kit/i18n';
import { formatTime } from '../../../ui-kit/use-clock';
import { elapsedText } from './desk-clock';

/**
 * The ticket in hand: number, service, status in words, priority, when the resident arrived, and a
 * ticking clock of how long it has been served (or, while called, since the call); `now` is the
 * server's time.
 */
export function CurrentTicket(props: { ticket: TicketDetail | null; snapshot: HallSnapshot; now: number }) {
  const { ticket, snapshot, now } = props;
  const { t } = useLang();
  if (!ticket) {
    return (
      <div class="current current-none">
        <h2 class="panel-title">
          <Text k="desk.current.title" />
        </h2>
        <p class="current-empty">
          <Text k="desk.current.none" />
        </p>
      </div>
    );
  }
  const service = findService(snapshot, ticket.serviceId);
  return (
    <div class={`current current-${ticket.status}`}>
      <h2 class="panel-title">
        <Text k="desk.current.title" />
      </h2>
      <p class="current-number" data-testid="current-number">
        {ticket.number}
      </p>
      <p class="current-status">
        <Text k="desk.current.status" vars={{ status: t(`status.${ticket.status}`) }} />
      </p>
      <ServedClock ticket={ticket} now={now} />
      <dl class="current-facts">
        {service ? (
          <div>
            <Text k="desk.current.service" vars={{ name: service.name }} />
          </div>
        ) : null}
        {ticket.priority ? (
          <div class="current-priority">
            <span aria-hidden="true">★ </span>
            <Text k="desk.current.priority" vars={{ reason: t(`priority.${ticket.priority}`) }} />
          </div>
        ) : null}
        <div>
          <Text k="desk.current.arrived" vars={{ time: formatTime(ticket.arrivedAt, snapshot.hall.timezone) }} />
        </div>
        {ticket.recallCount > 0 ? (
          <div>
            <Text k="desk.current.recalls" vars={{ n: ticket.recallCount }} />
          </div>
        ) : null}
      </dl>
    </div>
  );
}

/** How long the ticket has been served since 开始办理, or how long since it was called while the resident comes. */
function ServedClock(props: { ticket: TicketDetail; now: number }) {
  const { ticket, now } = props;
  const serving = ticket.status === 'serving' && ticket.startedAt !== null;
  const since = serving ? ticket.startedAt : ticket.calledAt;
  if (since === null) return null;
  return (
    <p class="current-clock" data-testid="current-clock">
      <Text k={serving ? 'desk.current.servedFor' : 'desk.current.calledFor'} vars={{ time: elapsedText(since, now) }} />
    </p>
  );
}

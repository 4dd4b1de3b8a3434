import { useState } from 'preact/hooks';
import type { CounterDesk, HallSnapshot, TicketDetail } from '../../../protocol/views';
import { findService } from '../../../ui-kit/hall-queries';
import { Text } from '../../../ui-kit/i18n';

/**
 * Tickets set aside at this counter (挂起), each resumable when the counter's hands are free, or
 * cancelled when the resident will not come back (asked twice: a cancel cannot be undone).
 */
export function HeldPanel(props: {
  desk: CounterDesk;
  snapshot: HallSnapshot;
  canResume: boolean;
  busy: boolean;
  onResume: (ticketId: number) => void;
  onCancel: (ticket: TicketDetail) => void;
}) {
  const { desk, snapshot } = props;
  const [confirming, setConfirming] = useState<number | null>(null);
  return (
    <section class="panel held-panel">
      <h2 class="panel-title">
        <Text k="desk.held.title" />
      </h2>
      {desk.held.length === 0 ? (
        <p class="panel-empty">
          <Text k="desk.held.none" />
        </p>
      ) : (
        <ul class="ticket-rows">
          {desk.held.map((ticket) => (
            <li key={ticket.id} class="ticket-row held-row" data-testid={`held-item-${ticket.number}`}>
              <span class="row-number">{ticket.number}</span>
              <span class="row-detail">{findService(snapshot, ticket.serviceId)?.name ?? ticket.serviceId}</span>
              {confirming === ticket.id ? (
                <>
                  <button
                    type="button"
                    class="row-button row-caution"
                    data-testid={`cancel-confirm-${ticket.number}`}
                    disabled={props.busy}
                    onClick={() => {
                      setConfirming(null);
                      props.onCancel(ticket);
                    }}
                  >
                    <Text k="desk.held.confirmCancel" />
                  </button>
                  <button type="button" class="row-button" onClick={() => setConfirming(null)}>
                    <Text k="desk.held.keep" />
                  </button>
                </>
              ) : (
                <>
                  <button
                    type="button"
                    class="row-button"
                    data-testid={`resume-${ticket.number}`}
                    disabled={!props.canResume || props.busy}
                    onClick={() => props.onResume(ticket.id)}
                  >
                    <Text k="desk.action.resume" />
                  </button>
                  <button
                    type="button"
                    class="row-button row-caution"
                    data-testid={`cancel-${ticket.number}`}
                    disabled={props.busy}
                    onClick={() => setConfirming(ticket.id)}
                  >
                    <Text k="desk.held.cancel" />
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

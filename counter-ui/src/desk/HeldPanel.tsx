import type { CounterDesk, HallSnapshot } from '../../../protocol/views';
import { findService } from '../../../ui-kit/hall-queries';
import { Text } from '../../../ui-kit/i18n';

/** Tickets set aside at this counter (挂起), each resumable when the counter's hands are free. */
export function HeldPanel(props: {
  desk: CounterDesk;
  snapshot: HallSnapshot;
  canResume: boolean;
  onResume: (ticketId: number) => void;
}) {
  const { desk, snapshot } = props;
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
            <li key={ticket.id} class="ticket-row">
              <span class="row-number">{ticket.number}</span>
              <span class="row-detail">{findService(snapshot, ticket.serviceId)?.name ?? ticket.serviceId}</span>
              <button
                type="button"
                class="row-button"
                disabled={!props.canResume}
                onClick={() => props.onResume(ticket.id)}
              >
                <Text k="desk.action.resume" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { CounterDesk, HallSnapshot } from '../../../protocol/views';
import { Text } from '../../../ui-kit/i18n';
import { formatTime } from '../../../ui-kit/use-clock';

/**
 * Today's no-shows (过号) of this counter. A resident who comes back late may be put back in the queue
 * once (the hall's late-return rule); a ticket already requeued before says so instead.
 */
export function NoShowPanel(props: {
  desk: CounterDesk;
  snapshot: HallSnapshot;
  busy: boolean;
  onRequeue: (ticket: { id: number; number: string }) => void;
}) {
  const { desk, snapshot } = props;
  return (
    <section class="panel noshow-panel">
      <h2 class="panel-title">
        <Text k="desk.noShows.title" vars={{ n: desk.noShows.length }} />
      </h2>
      {desk.noShows.length === 0 ? (
        <p class="panel-empty">
          <Text k="desk.noShows.none" />
        </p>
      ) : (
        <ul class="ticket-rows">
          {desk.noShows.map((ticket) => (
            <li key={ticket.id} class="ticket-row noshow-row" data-testid={`noshow-item-${ticket.number}`}>
              <span class="row-number">{ticket.number}</span>
              <span class="row-time">{formatTime(ticket.at, snapshot.hall.timezone)}</span>
              {ticket.requeued ? (
                <span class="row-note">
                  <Text k="desk.noShows.usedUp" />
                </span>
              ) : (
                <button
                  type="button"
                  class="row-button"
                  data-testid={`requeue-${ticket.number}`}
                  disabled={props.busy}
                  onClick={() => props.onRequeue(ticket)}
                >
                  <Text k="desk.noShows.requeue" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

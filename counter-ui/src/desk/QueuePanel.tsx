import type { CounterDesk, HallSnapshot } from '../../../protocol/views';
import { findService } from '../../../ui-kit/hall-queries';
import { Text, useLang } from '../../../ui-kit/i18n';
import { formatTime } from '../../../ui-kit/use-clock';
import { elapsedMinutes } from './desk-clock';

/**
 * Who waits for this counter's services, in the order 叫下一位 calls them (the server sends the list in
 * its own call order): the first row is who 叫下一位 calls, and says so. Each row says how long the
 * resident has waited (`now` is the server's time). Any of them can be called directly.
 */
export function QueuePanel(props: {
  desk: CounterDesk;
  snapshot: HallSnapshot;
  now: number;
  canCall: boolean;
  onCall: (ticketId: number) => void;
}) {
  const { desk, snapshot } = props;
  const { t } = useLang();
  return (
    <section class="panel queue-panel">
      <h2 class="panel-title">
        <Text k="desk.queue.title" vars={{ n: desk.queue.length }} />
      </h2>
      {desk.queue.length === 0 ? (
        <p class="panel-empty">
          <Text k="desk.queue.none" />
        </p>
      ) : (
        <ol class="ticket-rows">
          {desk.queue.map((item, index) => (
            <li key={item.id} class={`ticket-row ${index === 0 ? 'row-next' : ''}`} data-testid={`queue-item-${item.number}`}>
              <span class="row-number">
                {item.number}
                {index === 0 ? (
                  <span class="row-next-tag" data-testid="queue-next">
                    <Text k="desk.queue.next" />
                  </span>
                ) : null}
              </span>
              <span class="row-detail">
                {findService(snapshot, item.serviceId)?.name ?? item.serviceId}
                {item.priority ? (
                  <span class="row-priority">
                    {' '}
                    <span aria-hidden="true">★</span>
                    {t(`priority.${item.priority}`)}
                  </span>
                ) : null}
              </span>
              <span class="row-time">
                {formatTime(item.arrivedAt, snapshot.hall.timezone)}
                <span class="row-waited" data-testid={`queue-waited-${item.number}`}>
                  <Text k="desk.queue.waited" vars={{ m: elapsedMinutes(item.arrivedAt, props.now) }} />
                </span>
              </span>
              <button
                type="button"
                class="row-button"
                data-testid={`queue-call-${item.number}`}
                disabled={!props.canCall}
                onClick={() => props.onCall(item.id)}
              >
                <Text k="desk.action.callThis" />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import type { HallSnapshot, ServiceView } from '../../../protocol/views';
import { countersServing, loadOf } from '../../../ui-kit/hall-queries';
import { Text } from '../../../ui-kit/i18n';
import { counterList } from '../../../ui-kit/names';
import { Pictogram } from './Pictogram';
import { waitWords } from '../wait-words';

/** Waiting, estimate, open or closed (with the reason, in words and a sign) and the counters serving. */
export function ServiceFacts(props: { snapshot: HallSnapshot; service: ServiceView }) {
  const { snapshot, service } = props;
  const load = loadOf(snapshot, service.id);
  const closedReason = closedReasonOf(snapshot, service);
  const serving = countersServing(snapshot, service.id);
  const waiting = load?.waiting ?? 0;
  const wait = waitWords(waiting, load?.estimateMinutes ?? 0, serving.length);
  return (
    <div class="service-facts">
      {closedReason ? (
        <p class="fact fact-closed" data-open="false">
          <span class="fact-sign fact-sign-closed">
            <Pictogram name="close" size={30} strokeWidth={7} />
          </span>
          <Text k={`kiosk.service.closed.${closedReason}`} />
        </p>
      ) : (
        <p class="fact fact-open" data-open="true">
          <span class="fact-sign fact-sign-open">
            <Pictogram name="tick" size={30} strokeWidth={7} />
          </span>
          <Text k="kiosk.service.canTake" />
        </p>
      )}
      <p class="fact" data-testid="service-wait">
        <Text k="queue.waiting" vars={{ n: waiting }} />
        <span class="fact-gap" aria-hidden="true">·</span>
        {wait.kind === 'estimate' ? (
          <Text k="queue.estimate" vars={{ n: wait.minutes }} />
        ) : wait.kind === 'noWindow' ? (
          <Text k="kiosk.service.noWindowNow" />
        ) : (
          <Text k="kiosk.service.estimateNone" />
        )}
      </p>
      {serving.length > 0 ? (
        <p class="fact fact-minor">
          <Text k="kiosk.service.countersServing" varsOf={(l) => ({ list: counterList(serving.map((c) => c.id), l) })} />
        </p>
      ) : null}
      {closedReason === 'SERVICE_CLOSED' && service.hours ? (
        <p class="fact fact-minor">
          <Text k="kiosk.service.hours" vars={{ hours: service.hours }} />
        </p>
      ) : null}
    </div>
  );
}

function closedReasonOf(snapshot: HallSnapshot, service: ServiceView) {
  return loadOf(snapshot, service.id)?.closedReason ?? (service.enabled ? null : 'SERVICE_DISABLED');
}

/** Whether a ticket can be taken for the service right now. */
export function canTake(snapshot: HallSnapshot, service: ServiceView): boolean {
  return closedReasonOf(snapshot, service) === null;
}

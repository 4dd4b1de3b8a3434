import type { PortalService } from '../../../protocol/portal';
import type { Lang } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';
import { hoursText } from './day-words';

/**
 * A service today: whether a number can be taken at the hall now (or why not, in words and a sign),
 * how many wait and about how long, and today's hours.
 */
export function WaitFacts(props: { service: PortalService }) {
  const { service } = props;
  const today = service.hours[0] ?? null;
  return (
    <div class="portal-facts" data-testid={`wait-${service.id}`} data-waiting={service.waiting}>
      {service.closedReason ? (
        <p class="portal-fact is-closed" data-open="false">
          <span class="portal-fact-sign" aria-hidden="true">✕</span>
          <Text k={`kiosk.service.closed.${service.closedReason}`} />
        </p>
      ) : (
        <p class="portal-fact is-open" data-open="true">
          <span class="portal-fact-sign" aria-hidden="true">✓</span>
          <Text k="kiosk.service.canTake" />
        </p>
      )}
      <p class="portal-fact">
        {service.waiting > 0 ? <Text k="queue.waiting" vars={{ n: service.waiting }} /> : <Text k="portal.service.noWait" />}
        {service.waiting > 0 && service.estimateMinutes > 0 ? (
          <>
            <span aria-hidden="true"> · </span>
            <Text k="queue.estimate" vars={{ n: service.estimateMinutes }} />
          </>
        ) : null}
      </p>
      {today !== null ? (
        <p class="portal-fact is-minor">
          <Text k="portal.service.todayHours" varsOf={(lang: Lang) => ({ hours: hoursText(today, lang) })} />
        </p>
      ) : null}
    </div>
  );
}

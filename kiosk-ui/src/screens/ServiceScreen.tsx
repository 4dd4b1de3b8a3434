import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { findService } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { IssueProgress } from '../parts/IssueProgress';
import { ServiceFacts, canTake } from '../parts/ServiceFacts';
import type { Navigate } from '../route';
import { useIssueTicket } from '../use-issue-ticket';

/** One service: its state and the two ways to take a ticket (normal, or priority through the next screen). */
export function ServiceScreen(props: { snapshot: HallSnapshot; serviceId: string; stream: HallStream; navigate: Navigate }) {
  const { snapshot, serviceId, stream, navigate } = props;
  const issue = useIssueTicket(stream, (issued) => navigate({ screen: 'ticket', issued }));
  const service = findService(snapshot, serviceId);
  if (!service) return null;
  const open = canTake(snapshot, service);
  const busy = issue.state.phase !== 'idle';
  const offersPriority = snapshot.hall.priorityReasons.length > 0;
  return (
    <section class="screen">
      <h2 class="screen-title">
        <Stacked {...namesOf(service)} />
      </h2>
      <ServiceFacts snapshot={snapshot} service={service} />
      {open ? (
        <div class="take-actions">
          <p class="screen-prompt">
            <Text k="kiosk.take.prompt" />
          </p>
          <button
            type="button"
            class="big-button take-button"
            disabled={busy}
            onClick={() => issue.issue(service.id, null)}
          >
            <Text k="kiosk.take.normal" />
          </button>
          {offersPriority ? (
            <>
              <button
                type="button"
                class="big-button take-button take-priority"
                disabled={busy}
                onClick={() => navigate({ screen: 'priority', serviceId: service.id })}
              >
                <Text k="kiosk.take.priority" />
              </button>
              <p class="hint">
                <Text k="kiosk.take.priorityHint" />
              </p>
            </>
          ) : null}
        </div>
      ) : null}
      <IssueProgress issue={issue} />
    </section>
  );
}

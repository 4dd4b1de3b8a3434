import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { findService } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { IssueProgress } from '../parts/IssueProgress';
import { ServiceFacts, canTake } from '../parts/ServiceFacts';
import type { Navigate } from '../route';
import { useIssueTicket } from '../use-issue-ticket';

/** 绿色通道: the resident says why; the counter checks the document. One tap on a reason takes the ticket. */
export function PriorityScreen(props: { snapshot: HallSnapshot; serviceId: string; stream: HallStream; navigate: Navigate }) {
  const { snapshot, serviceId, stream, navigate } = props;
  const issue = useIssueTicket(stream, (issued) => navigate({ screen: 'ticket', issued }));
  const service = findService(snapshot, serviceId);
  if (!service) return null;
  const busy = issue.state.phase !== 'idle';
  const open = canTake(snapshot, service);
  return (
    <section class="screen">
      <h2 class="screen-title">
        <Stacked {...namesOf(service)} />
      </h2>
      {open ? null : <ServiceFacts snapshot={snapshot} service={service} />}
      <p class="screen-prompt">
        <Text k="kiosk.priority.prompt" />
      </p>
      <div class="reason-grid">
        {snapshot.hall.priorityReasons.map((reason) => (
          <button
            type="button"
            key={reason}
            class="big-button reason-button"
            disabled={busy || !open}
            onClick={() => issue.issue(service.id, reason)}
          >
            <Text k={`priority.${reason}`} />
          </button>
        ))}
      </div>
      <p class="hint">
        <Text k="kiosk.take.priorityHint" />
      </p>
      <IssueProgress issue={issue} />
    </section>
  );
}

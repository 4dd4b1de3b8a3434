import { useState } from 'preact/hooks';
import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { findService } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import type { SlipReadiness } from '../device/slip-readiness';
import { IssueProgress } from '../parts/IssueProgress';
import { Pictogram } from '../parts/Pictogram';
import { PrinterWarning } from '../parts/PrinterWarning';
import { ServiceFacts, canTake } from '../parts/ServiceFacts';
import { WithNoticeToggle } from '../parts/WithNoticeToggle';
import type { Navigator } from '../route';
import { useIssueTicket } from '../use-issue-ticket';

/** 绿色通道: the resident says why; the counter checks the document. One tap on a reason takes the ticket. */
export function PriorityScreen(props: {
  snapshot: HallSnapshot;
  serviceId: string;
  withNotice: boolean;
  stream: HallStream;
  nav: Navigator;
  readiness: SlipReadiness;
}) {
  const { snapshot, serviceId, stream, nav, readiness } = props;
  // The choice made on the service screen, still open to change here.
  const [withNotice, setWithNotice] = useState(props.withNotice);
  const issue = useIssueTicket(stream, (issued) => nav.finish({ screen: 'ticket', issued, withNotice }));
  const service = findService(snapshot, serviceId);
  if (!service) return null;
  const busy = issue.state.phase !== 'idle';
  const open = canTake(snapshot, service);
  return (
    <section class="screen priority-screen">
      <h2 class="screen-title">
        <Stacked {...namesOf(service)} />
      </h2>
      {open ? null : <ServiceFacts snapshot={snapshot} service={service} />}
      <p class="screen-prompt">
        <Text k="kiosk.priority.prompt" />
      </p>
      {readiness === 'cannot' ? <PrinterWarning /> : <WithNoticeToggle on={withNotice} onChange={setWithNotice} disabled={busy} />}
      <div class="reason-grid">
        {snapshot.hall.priorityReasons.map((reason) => (
          <button
            type="button"
            key={reason}
            class="big-button reason-button"
            data-testid={`priority-${reason}`}
            disabled={busy || !open}
            onClick={() => issue.issue(service.id, reason, readiness !== 'cannot' && withNotice)}
          >
            <Pictogram name={reason} size={96} />
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

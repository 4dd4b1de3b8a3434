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

/**
 * One service: its state, what to read before coming to the window (办理指南, 告知单), and the two ways
 * to take a ticket (normal here, priority through the next screen).
 */
export function ServiceScreen(props: {
  snapshot: HallSnapshot;
  serviceId: string;
  stream: HallStream;
  nav: Navigator;
  readiness: SlipReadiness;
}) {
  const { snapshot, serviceId, stream, nav, readiness } = props;
  const [withNotice, setWithNotice] = useState(false);
  const issue = useIssueTicket(stream, (issued) => nav.finish({ screen: 'ticket', issued, withNotice }));
  const service = findService(snapshot, serviceId);
  if (!service) return null;
  const open = canTake(snapshot, service);
  const busy = issue.state.phase !== 'idle';
  const offersPriority = service.priorityOffered && snapshot.hall.priorityReasons.length > 0;
  const slipPossible = readiness !== 'cannot';
  return (
    <section class="screen service-screen">
      <h2 class="screen-title">
        <Stacked {...namesOf(service)} />
      </h2>
      <ServiceFacts snapshot={snapshot} service={service} />
      {open ? (
        <div class="take-actions">
          <p class="screen-prompt">
            <Text k="kiosk.take.prompt" />
          </p>
          {slipPossible ? null : <PrinterWarning />}
          {slipPossible ? <WithNoticeToggle on={withNotice} onChange={setWithNotice} disabled={busy} /> : null}
          <button
            type="button"
            class="big-button take-button"
            data-testid="take-ticket"
            disabled={busy}
            onClick={() => issue.issue(service.id, null, slipPossible && withNotice)}
          >
            <Pictogram name="ticket" size={60} />
            <Text k="kiosk.take.normal" />
          </button>
          {offersPriority ? (
            <button
              type="button"
              class="big-button take-button take-priority"
              data-testid="take-priority"
              disabled={busy}
              onClick={() => nav.push({ screen: 'priority', serviceId: service.id, withNotice: slipPossible && withNotice })}
            >
              <Pictogram name="elderly70" size={60} />
              <Text k="kiosk.take.priority" />
            </button>
          ) : null}
          {offersPriority ? (
            <p class="hint">
              <Text k="kiosk.take.priorityHint" />
            </p>
          ) : null}
        </div>
      ) : null}
      <div class="read-first">
        <p class="hint">
          <Text k="kiosk.service.readFirst" />
        </p>
        <div class="read-first-buttons">
          <button
            type="button"
            class="secondary-button"
            data-testid="open-guide"
            onClick={() => nav.push({ screen: 'guide', serviceId: service.id })}
          >
            <Pictogram name="guide" size={52} />
            <Text k="kiosk.guide.open" />
          </button>
          <button
            type="button"
            class="secondary-button"
            data-testid="open-notice"
            onClick={() => nav.push({ screen: 'notice', serviceId: service.id })}
          >
            <Pictogram name="notice" size={52} />
            <Text k="kiosk.notice.open" />
          </button>
        </div>
      </div>
      <IssueProgress issue={issue} />
    </section>
  );
}

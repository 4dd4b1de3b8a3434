import { useState } from 'preact/hooks';
import type { HallStream, HallStreamState } from '../../../protocol/client/hall-stream';
import { outcomeOf } from '../../../ui-kit/command-outcome';
import { findCentre, findService } from '../../../ui-kit/hall-queries';
import { Text, useLang } from '../../../ui-kit/i18n';
import type { StaffSession } from '../session';
import { ProblemNote, type Problem } from '../parts/Problem';
import { StaffBar } from '../parts/StaffBar';

/** The staff member says which window they sit at; 'counter.open' logs them in there. */
export function PickCounterScreen(props: {
  stream: HallStream;
  hall: HallStreamState;
  session: StaffSession;
  onPicked: (counterId: number) => void;
  onLogout: () => void;
}) {
  const [busy, setBusy] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const { t } = useLang();
  const snapshot = props.hall.snapshot;
  // A disabled counter cannot be opened: it is not offered.
  const counters = (snapshot?.counters ?? []).filter((c) => c.enabled).sort((a, b) => a.id - b.id);

  async function open(counterId: number): Promise<void> {
    if (busy !== null) return;
    setBusy(counterId);
    setProblem(null);
    const outcome = await outcomeOf(props.stream.send('counter.open', { counterId }));
    setBusy(null);
    if (outcome.kind === 'ok') props.onPicked(counterId);
    else setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
  }

  return (
    <div class="page">
      <StaffBar session={props.session} status={props.hall.status} onLogout={props.onLogout}>
        <span class="bar-hall">
          <Text k="hall.name" />
        </span>
      </StaffBar>
      <main class="pick">
        <h1 class="page-title">
          <Text k="desk.pick.title" />
        </h1>
        <ProblemNote problem={problem} />
        {props.hall.snapshot && counters.length === 0 ? (
          <p>
            <Text k="desk.pick.none" />
          </p>
        ) : null}
        <ul class="pick-list">
          {counters.map((counter) => (
            <li key={counter.id}>
              <button
                type="button"
                class="pick-button"
                data-testid={`counter-pick-${counter.id}`}
                disabled={busy !== null || props.hall.status !== 'online'}
                onClick={() => void open(counter.id)}
              >
                <span class="pick-name">
                  <Text k="counter.name" vars={{ n: counter.id }} />
                </span>
                <span class="pick-detail">{snapshot ? findCentre(snapshot, counter.centreId)?.name : null}</span>
                <span class="pick-services">
                  {snapshot ? counter.serviceIds.map((id) => findService(snapshot, id)?.name ?? id).join(t('kiosk.listSeparator')) : null}
                </span>
                <span class={`pick-status status-word-${counter.status}`}>
                  <Text k={`counter.status.${counter.status}`} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}

import { useEffect, useMemo } from 'preact/hooks';
import { DemoBanner } from '../../ui-kit/DemoBanner';
import type { HallStream } from '../../protocol/client/hall-stream';
import { tr } from '../../protocol/catalog/ui-lookup';
import { Stacked, Text, VerticalMongolian } from '../../ui-kit/i18n';
import { formatDate, formatTime, useNow } from '../../ui-kit/use-clock';
import { useSource } from '../../ui-kit/use-source';
import { scopedSnapshot } from '../../protocol/client/device-scope';
import type { Announcer } from './announcer/announcer';
import { callKey } from './announcer/phrase';
import { useAnnouncements } from './use-announcements';
import { historyBelow } from './call-history';
import { callingNow } from './calling-now';
import { useArrivals } from './call-arrivals';
import { STAGE_HEIGHT, STAGE_WIDTH, useStageFit } from './use-stage-scale';
import { LatestCall } from './parts/LatestCall';
import { RecentCalls } from './parts/RecentCalls';
import { WaitingBoard } from './parts/WaitingBoard';
import { CounterBoard } from './parts/CounterBoard';
import { NoticeBoard } from './parts/NoticeBoard';
import { ScopeName } from './parts/ScopeName';

/** How long a new call stays highlighted after it reached this display. */
const HIGHLIGHT_MS = 20_000;

export function App(props: { stream: HallStream; announcer: Announcer }) {
  const live = useSource(props.stream);
  // Only this display's scope (one counter, one centre, or the whole hall): its calls, queues, counters.
  const hall = useMemo(() => (live.snapshot ? { ...live, snapshot: scopedSnapshot(live.snapshot) } : live), [live]);
  // The voice works through its queue; the picture does not wait for it.
  useAnnouncements(hall, props.announcer);
  const fit = useStageFit();
  const now = useNow(1000);
  const snapshot = hall.snapshot;
  const shown = snapshot ? callingNow(snapshot) : null;
  const shownKey = shown ? callKey(shown) : null;
  const arrivals = useArrivals(snapshot?.recentCalls ?? null);
  useEffect(() => {
    document.title = tr('hall.name', 'zh');
  }, []);

  const arrivedAt = shownKey !== null ? arrivals.get(shownKey) : undefined;
  const highlighted = arrivedAt !== undefined && now < arrivedAt + HIGHLIGHT_MS;
  const timezone = snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const refused = hall.refusedWith === 'UNAUTHENTICATED' || hall.refusedWith === 'FORBIDDEN';
  return (
    <div class="viewport">
      <DemoBanner hall={snapshot?.hall} />
      <div
        class="stage"
        style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT, left: fit.left, top: fit.top, transform: `scale(${fit.scale})` }}
      >
        <aside class="side-band" aria-hidden="true">
          <VerticalMongolian text={snapshot?.hall.nameMn ?? ''} />
        </aside>
        <header class="display-header">
          <h1 class="hall-name">
            {snapshot ? <Stacked mn={snapshot.hall.nameMn} zh={snapshot.hall.name} bilingual /> : <Text k="hall.name" bilingual />}
          </h1>
          {snapshot ? <ScopeName snapshot={snapshot} /> : null}
          <div class="clock">
            <span class="clock-time">{formatTime(now, timezone)}</span>
            <span class="clock-date">{formatDate(now, timezone)}</span>
          </div>
        </header>
        <main class="display-body">
          <section class="calls-column">
            <LatestCall call={shown} highlighted={highlighted} />
            {snapshot ? <NoticeBoard notices={snapshot.notices} /> : null}
            <RecentCalls calls={historyBelow(snapshot?.recentCalls ?? [], shown)} />
          </section>
          <section class="board-column">
            {snapshot ? <WaitingBoard snapshot={snapshot} /> : null}
          </section>
        </main>
        <footer class="display-footer">{snapshot ? <CounterBoard counters={snapshot.counters} /> : null}</footer>
        {hall.status === 'offline' ? (
          <p class="offline-note" role="status">
            <span aria-hidden="true">⟳ </span>
            <Text k={refused ? 'display.device.refused' : 'conn.offline'} />
          </p>
        ) : null}
      </div>
    </div>
  );
}

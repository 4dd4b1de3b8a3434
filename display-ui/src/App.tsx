import { useEffect, useMemo, useState } from 'preact/hooks';
import { DemoBanner } from '../../ui-kit/DemoBanner';
import type { HallStream } from '../../protocol/client/hall-stream';
import { tr } from '../../protocol/catalog/ui-lookup';
import { useNow } from '../../ui-kit/use-clock';
import { useSource } from '../../ui-kit/use-source';
import { scopedSnapshot } from '../../protocol/client/device-scope';
import type { Announcer } from './announcer/announcer';
import { callKey } from './announcer/phrase';
import { useAnnouncements } from './use-announcements';
import type { DisplayVoice } from './announcer/voice-player';
import { SoundNote } from './announcer/SoundNote';
import { callingNow } from './calling-now';
import { useArrivals } from './call-arrivals';
import { useStageFit } from './use-stage-scale';
import { isQuiet } from './quiet-hall';
import { useQuietBoards } from './use-quiet-boards';
import { HallBoard } from './parts/HallBoard';
import { CompactBoard } from './parts/CompactBoard';
import { WindowScreen } from './parts/WindowScreen';
import { OfflineSince } from '../../ui-kit/device-setup/OfflineSince';

/** How long a new call stays highlighted after it reached this display. */
const HIGHLIGHT_MS = 20_000;

/**
 * The display: its kind (protocol/display-kind.ts; the whole hall without a device) picks the layout,
 * drawn on the stage nearest the screen's shape. `quietAfterMs`: how long without calls (and nobody
 * waiting) before the 政务公开 boards show.
 */
export function App(props: { stream: HallStream; announcer: Announcer; voice: DisplayVoice; quietAfterMs: number }) {
  const live = useSource(props.stream);
  // Only this display's scope (one counter, one centre, or the whole hall): its calls, queues, counters.
  const hall = useMemo(() => (live.snapshot ? { ...live, snapshot: scopedSnapshot(live.snapshot) } : live), [live]);
  // The voice works through its queue; the picture does not wait for it.
  useAnnouncements(hall, props.announcer, props.voice);
  const snapshot = hall.snapshot;
  const kind = snapshot?.device?.displayKind ?? 'hall';
  const fit = useStageFit(kind);
  const now = useNow(1000);
  const shown = snapshot ? callingNow(snapshot) : null;
  const shownKey = shown ? callKey(shown) : null;
  const arrivals = useArrivals(snapshot?.recentCalls ?? null);
  const boards = useQuietBoards(props.stream, snapshot?.configVersion ?? null);
  const [startedAt] = useState(() => Date.now());
  useEffect(() => {
    document.title = tr('hall.name', 'zh');
  }, []);

  const arrivedAt = shownKey !== null ? arrivals.get(shownKey) : undefined;
  const highlighted = arrivedAt !== undefined && now < arrivedAt + HIGHLIGHT_MS;
  const quiet = snapshot !== null && boards.length > 0 && isQuiet(snapshot, now, props.quietAfterMs, startedAt);
  return (
    <div class="viewport">
      <DemoBanner hall={snapshot?.hall} />
      <SoundNote sound={props.voice.sound} />
      <div
        class={`stage stage-${fit.shape} kind-${kind}`}
        data-testid="display-stage"
        data-kind={kind}
        data-shape={fit.shape}
        style={{ width: fit.width, height: fit.height, left: fit.left, top: fit.top, transform: `scale(${fit.scale})` }}
      >
        {kind === 'window' && snapshot ? (
          <WindowScreen snapshot={snapshot} now={now} highlighted={highlighted} />
        ) : kind === 'compact' ? (
          <CompactBoard snapshot={snapshot} shown={shown} highlighted={highlighted} now={now} quietBoards={quiet ? boards : null}
            strip={fit.shape === 'strip'} />
        ) : (
          <HallBoard snapshot={snapshot} shown={shown} highlighted={highlighted} now={now} quietBoards={quiet ? boards : null}
            portrait={fit.shape === 'portrait'} />
        )}
        <OfflineSince status={hall.status} class="offline-note" />
      </div>
    </div>
  );
}

import type { BoardView } from '../../../protocol/public-info';
import type { CallView, HallSnapshot } from '../../../protocol/views';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { historyBelow } from '../call-history';
import { Clock } from './Clock';
import { LatestCall } from './LatestCall';
import { NoticeMarquee } from './NoticeMarquee';
import { PagedList } from './PagedList';
import { QuietBoards } from './QuietBoards';
import { RecentCallLine } from './RecentCalls';

/**
 * A small screen (800×480) or a strip (1280×400): the name of its hall or centre, the call on the
 * panel and the calls before it, as many as fit without cutting a row. No waiting board: there is no
 * room for it at a size a resident can read. Notices scroll in their strip; a quiet hall shows the boards.
 */
export function CompactBoard(props: { snapshot: HallSnapshot | null; shown: CallView | null; highlighted: boolean; now: number;
  quietBoards: BoardView[] | null; strip: boolean }) {
  const { snapshot, shown, highlighted, now, quietBoards } = props;
  const device = snapshot?.device;
  const centre = device?.centreId ? snapshot?.centres.find((c) => c.id === device.centreId) : undefined;
  return (
    <div class="compact-board">
      <header class="compact-head">
        <h1 class="compact-name">
          {centre ? <Stacked mn={centre.nameMn} zh={centre.name} bilingual />
            : snapshot ? <Stacked mn={snapshot.hall.nameMn} zh={snapshot.hall.name} bilingual /> : <Text k="hall.name" bilingual />}
        </h1>
        <Clock now={now} timezone={snapshot?.hall.timezone ?? 'Asia/Shanghai'} />
      </header>
      {snapshot ? <NoticeMarquee notices={snapshot.notices} /> : null}
      {quietBoards ? (
        <main class="compact-body quiet-body">
          <QuietBoards boards={quietBoards} now={now} />
        </main>
      ) : (
      <main class="compact-body">
        <LatestCall call={shown} highlighted={highlighted} />
        <PagedList
          class="recent-calls"
          items={historyBelow(snapshot?.recentCalls ?? [], shown)}
          keyOf={(call) => call.ticketId}
          render={(call) => <RecentCallLine call={call} />}
          rowPx={52}
          gapPx={8}
          columns={props.strip ? 1 : 2}
          rotate={false}
          now={now}
          testid="call-history"
        />
      </main>
      )}
    </div>
  );
}

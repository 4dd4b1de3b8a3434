import type { BoardView } from '../../../protocol/public-info';
import type { CallView, HallSnapshot } from '../../../protocol/views';
import { Stacked, Text, VerticalMongolian } from '../../../ui-kit/i18n';
import { historyBelow } from '../call-history';
import { Clock } from './Clock';
import { CounterBoard } from './CounterBoard';
import { LatestCall } from './LatestCall';
import { NoticeMarquee } from './NoticeMarquee';
import { PagedList } from './PagedList';
import { QuietBoards } from './QuietBoards';
import { RecentCallLine } from './RecentCalls';
import { ScopeName } from './ScopeName';
import { WaitingBoard } from './WaitingBoard';

/**
 * The hall display and a centre's display (already cut to its scope): the call on the big panel, the
 * calls before it, the waiting people per centre and service, and the windows at work; notices scroll
 * in their own strip; while the hall is quiet the 政务公开 boards take the place of the calls. Every list
 * shows whole rows only (PagedList), so nothing is cut at any number of calls or counters.
 */
export function HallBoard(props: { snapshot: HallSnapshot | null; shown: CallView | null; highlighted: boolean; now: number;
  quietBoards: BoardView[] | null; portrait: boolean }) {
  const { snapshot, shown, highlighted, now, quietBoards } = props;
  return (
    <>
      <aside class="side-band" aria-hidden="true">
        <VerticalMongolian text={snapshot?.hall.nameMn ?? ''} />
      </aside>
      <header class="display-header">
        {/* A centre display names its centre; the hall's Mongolian name still stands in the side band. */}
        {snapshot?.device?.centreId ? <ScopeName snapshot={snapshot} /> : (
          <h1 class="hall-name">
            {snapshot ? <Stacked mn={snapshot.hall.nameMn} zh={snapshot.hall.name} bilingual /> : <Text k="hall.name" bilingual />}
          </h1>
        )}
        <Clock now={now} timezone={snapshot?.hall.timezone ?? 'Asia/Shanghai'} />
      </header>
      {snapshot ? <NoticeMarquee notices={snapshot.notices} /> : null}
      {quietBoards ? (
        <main class="display-body quiet-body">
          <QuietBoards boards={quietBoards} now={now} />
        </main>
      ) : (
        <main class="display-body">
          <section class="calls-column">
            <LatestCall call={shown} highlighted={highlighted} />
            <PagedList
              class="recent-calls"
              title={<h2 class="board-title"><Text k="display.recentCalls" bilingual /></h2>}
              items={historyBelow(snapshot?.recentCalls ?? [], shown, 20)}
              keyOf={(call) => call.ticketId}
              render={(call) => <RecentCallLine call={call} />}
              rowPx={64}
              gapPx={10}
              columns={2}
              rotate={false}
              now={now}
              testid="call-history"
            />
          </section>
          <section class="board-column">{snapshot ? <WaitingBoard snapshot={snapshot} now={now} /> : null}</section>
        </main>
      )}
      <footer class="display-footer">{snapshot ? <CounterBoard counters={snapshot.counters} now={now} columns={props.portrait ? 2 : 4} /> : null}</footer>
    </>
  );
}

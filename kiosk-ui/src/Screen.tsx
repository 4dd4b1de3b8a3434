import type { HallStream } from '../../protocol/client/hall-stream';
import type { HallSnapshot } from '../../protocol/views';
import type { Subscribable } from '../../ui-kit/use-source';
import type { SlipReadiness } from './device/slip-readiness';
import type { TicketPrintOutcomes } from './print-results';
import type { Navigator, Route } from './route';
import { HomeScreen } from './screens/HomeScreen';
import { CentreScreen } from './screens/CentreScreen';
import { ServiceScreen } from './screens/ServiceScreen';
import { PriorityScreen } from './screens/PriorityScreen';
import { TicketScreen } from './screens/TicketScreen';
import { GuideListScreen } from './screens/GuideListScreen';
import { GuideScreen } from './screens/GuideScreen';
import { NoticeScreen } from './screens/NoticeScreen';
import { BoardsScreen } from './screens/BoardsScreen';
import { BoardScreen } from './screens/BoardScreen';
import { RateNumberScreen } from './screens/RateNumberScreen';
import { RateLevelScreen } from './screens/RateLevelScreen';
import { RateCodeScreen } from './screens/RateCodeScreen';
import { RateDoneScreen } from './screens/RateDoneScreen';
import { ComplaintCategoryScreen } from './screens/ComplaintCategoryScreen';
import { ComplaintComposeScreen } from './screens/ComplaintComposeScreen';
import { ComplaintDoneScreen } from './screens/ComplaintDoneScreen';
import { CheckInScreen } from './screens/CheckInScreen';

export interface ScreenProps {
  route: Route;
  snapshot: HallSnapshot;
  stream: HallStream;
  ticketPrints: Subscribable<TicketPrintOutcomes>;
  nav: Navigator;
  readiness: SlipReadiness;
}

/** The screen of a route. */
export function Screen(props: ScreenProps) {
  const { route, snapshot, stream, nav, readiness } = props;
  switch (route.screen) {
    case 'home':
      return <HomeScreen snapshot={snapshot} nav={nav} />;
    case 'centre':
      return <CentreScreen snapshot={snapshot} centreId={route.centreId} nav={nav} />;
    case 'service':
      return <ServiceScreen snapshot={snapshot} serviceId={route.serviceId} stream={stream} nav={nav} readiness={readiness} />;
    case 'priority':
      return (
        <PriorityScreen
          snapshot={snapshot}
          serviceId={route.serviceId}
          withNotice={route.withNotice}
          stream={stream}
          nav={nav}
          readiness={readiness}
        />
      );
    case 'ticket':
      return (
        <TicketScreen
          issued={route.issued}
          withNotice={route.withNotice}
          checkIn={route.checkIn ?? null}
          snapshot={snapshot}
          ticketPrints={props.ticketPrints}
          onDone={nav.home}
        />
      );
    case 'check-in':
      return <CheckInScreen snapshot={snapshot} initial={route.code} sendAtOnce={route.now === true} stream={stream} nav={nav} />;
    case 'guides':
      return <GuideListScreen snapshot={snapshot} nav={nav} />;
    case 'guide':
      return <GuideScreen snapshot={snapshot} serviceId={route.serviceId} stream={stream} nav={nav} />;
    case 'notice':
      return <NoticeScreen snapshot={snapshot} serviceId={route.serviceId} stream={stream} nav={nav} />;
    case 'boards':
      return <BoardsScreen snapshot={snapshot} stream={stream} nav={nav} />;
    case 'board':
      return <BoardScreen snapshot={snapshot} boardId={route.boardId} stream={stream} />;
    case 'rate':
      return <RateNumberScreen snapshot={snapshot} initial={route.number} nav={nav} />;
    case 'rate-level':
      return <RateLevelScreen number={route.number} code={route.code} stream={stream} nav={nav} />;
    case 'rate-code':
      return <RateCodeScreen number={route.number} initial={route.code} nav={nav} />;
    case 'rate-done':
      return <RateDoneScreen bad={route.bad} onDone={nav.home} />;
    case 'complaint':
      return <ComplaintCategoryScreen complaintPhone={snapshot.hall.complaintPhone} nav={nav} />;
    case 'complaint-compose':
      return <ComplaintComposeScreen snapshot={snapshot} category={route.category} stream={stream} nav={nav} />;
    case 'complaint-done':
      return <ComplaintDoneScreen snapshot={snapshot} withPhone={route.withPhone} onDone={nav.home} />;
  }
}

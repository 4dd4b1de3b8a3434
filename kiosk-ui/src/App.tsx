import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HallStream } from '../../protocol/client/hall-stream';
import type { HallSnapshot } from '../../protocol/views';
import { findCentre, findService } from '../../ui-kit/hall-queries';
import { useLang } from '../../ui-kit/i18n';
import { useSource } from '../../ui-kit/use-source';
import { parentOf, type Route } from './route';
import { useIdleReturn } from './use-idle-return';
import { KioskFrame } from './parts/KioskFrame';
import { PausedScreen } from './screens/PausedScreen';
import { HomeScreen } from './screens/HomeScreen';
import { CentreScreen } from './screens/CentreScreen';
import { ServiceScreen } from './screens/ServiceScreen';
import { PriorityScreen } from './screens/PriorityScreen';
import { TicketScreen } from './screens/TicketScreen';

/** Back to the start after this long without a touch (the ticket screen has its own, shorter timer). */
const IDLE_RETURN_MS = 120_000;

export function App(props: { stream: HallStream }) {
  const { stream } = props;
  const hall = useSource(stream);
  const { t } = useLang();
  const [route, setRoute] = useState<Route>({ screen: 'home' });
  const goHome = useCallback(() => setRoute({ screen: 'home' }), []);

  useEffect(() => {
    document.title = `${t('hall.name')} · ${t('kiosk.title')}`;
  }, [t]);
  useIdleReturn(IDLE_RETURN_MS, goHome, route.screen !== 'home' && route.screen !== 'ticket');

  const snapshot = hall.snapshot;
  // An issued ticket stays on screen even if the connection drops: the resident needs the number.
  if (route.screen !== 'ticket' && (hall.status !== 'online' || !snapshot)) {
    return <PausedScreen refusedWith={hall.refusedWith} />;
  }
  if (!snapshot) return <PausedScreen refusedWith={hall.refusedWith} />;

  const current = stillValid(route, snapshot);
  const back =
    current.screen === 'home'
      ? null
      : () => setRoute(parentOf(current, (id) => findService(snapshot, id)?.centreId ?? null));
  return (
    <KioskFrame hall={snapshot.hall} onBack={back} onHome={current.screen === 'home' ? null : goHome}>
      <Screen route={current} snapshot={snapshot} stream={stream} navigate={setRoute} goHome={goHome} />
    </KioskFrame>
  );
}

function Screen(props: {
  route: Route;
  snapshot: HallSnapshot;
  stream: HallStream;
  navigate: (route: Route) => void;
  goHome: () => void;
}) {
  const { route, snapshot, stream, navigate } = props;
  switch (route.screen) {
    case 'home':
      return <HomeScreen snapshot={snapshot} navigate={navigate} />;
    case 'centre':
      return <CentreScreen snapshot={snapshot} centreId={route.centreId} navigate={navigate} />;
    case 'service':
      return <ServiceScreen key={route.serviceId} snapshot={snapshot} serviceId={route.serviceId} stream={stream} navigate={navigate} />;
    case 'priority':
      return <PriorityScreen key={route.serviceId} snapshot={snapshot} serviceId={route.serviceId} stream={stream} navigate={navigate} />;
    case 'ticket':
      return <TicketScreen issued={route.issued} snapshot={snapshot} stream={stream} onDone={props.goHome} />;
  }
}

/** A route whose centre or service vanished from the hall (reconfigured) falls back to the start. */
function stillValid(route: Route, snapshot: HallSnapshot): Route {
  if (route.screen === 'centre' && !findCentre(snapshot, route.centreId)) return { screen: 'home' };
  if ((route.screen === 'service' || route.screen === 'priority') && !findService(snapshot, route.serviceId)) {
    return { screen: 'home' };
  }
  return route;
}

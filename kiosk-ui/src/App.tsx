import { useEffect, useMemo, useState } from 'preact/hooks';
import type { HallStream } from '../../protocol/client/hall-stream';
import type { HallSnapshot } from '../../protocol/views';
import { findCentre, findService } from '../../ui-kit/hall-queries';
import { useLang } from '../../ui-kit/i18n';
import { useSource, type Subscribable } from '../../ui-kit/use-source';
import { scopedSnapshot } from '../../protocol/client/device-scope';
import type { TicketPrintOutcomes } from './print-results';
import {
  HOME_STACK, currentRoute, finishRoute, popRoute, pushRoute, replaceTop,
  type Navigator, type Route, type RouteStack,
} from './route';
import { IDLE_TIMES, TICKET_IDLE_TIMES } from './idle/idle-settings';
import { useIdleGuard } from './idle/use-idle-guard';
import { kioskDeviceOf } from './device/kiosk-device';
import { slipReadiness } from './device/slip-readiness';
import { KioskFrame } from './parts/KioskFrame';
import { IdleOverlay } from './parts/IdleOverlay';
import { PausedScreen } from './screens/PausedScreen';
import { Screen } from './Screen';
import type { IdReadings } from './idcard/id-readings';
import { IdReadingsContext } from './idcard/id-card-context';
import { IdCardBanner } from './idcard/IdCardBanner';

/**
 * The kiosk: one resident's visit as a stack of screens, the hall from the live stream, and the idle
 * guard that hands the kiosk back to the next resident (home screen, normal text, Chinese).
 */
export function App(props: { stream: HallStream; ticketPrints: Subscribable<TicketPrintOutcomes>; idReadings: IdReadings }) {
  const { stream } = props;
  const hall = useSource(stream);
  const { t, lang, setLang } = useLang();
  const [stack, setStack] = useState<RouteStack>(HOME_STACK);
  const [largeText, setLargeText] = useState(false);

  const nav = useMemo<Navigator>(
    () => ({
      push: (route) => setStack((s) => pushRoute(s, route)),
      finish: (route) => setStack(finishRoute(route)),
      replace: (route) => setStack((s) => replaceTop(s, route)),
      back: () => setStack(popRoute),
      home: () => setStack(HOME_STACK),
    }),
    [],
  );

  useEffect(() => {
    document.title = `${t('hall.name')} · ${t('kiosk.title')}`;
  }, [t]);
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  useEffect(() => {
    // Layouts that set Mongolian vertically where a tile is tall (home.css) key on this class.
    document.documentElement.classList.toggle('lang-mn', lang === 'mn');
  }, [lang]);

  const route = currentRoute(stack);
  const reading = useSource(props.idReadings);
  // A card reading left at the kiosk is not at rest either: the idle guard forgets it for the next resident.
  const atRest = stack.length === 1 && !largeText && lang === 'zh' && !reading;
  const idle = useIdleGuard(route.screen === 'ticket' ? TICKET_IDLE_TIMES : IDLE_TIMES, !atRest, stack, () => {
    setStack(HOME_STACK);
    setLargeText(false);
    setLang('zh');
    // The next resident must never take a ticket in this one's name.
    props.idReadings.discard();
  });

  // Only the centres this kiosk offers (all unless an admin chose some).
  const snapshot = useMemo(() => (hall.snapshot ? scopedSnapshot(hall.snapshot) : null), [hall.snapshot]);
  // An issued ticket stays on screen even if the connection drops: the resident needs the number.
  const paused = !snapshot || (route.screen !== 'ticket' && hall.status !== 'online');
  if (paused) return <PausedScreen status={hall.status} />;

  const shown = stillValid(route, snapshot);
  const atHome = shown.screen === 'home';
  return (
    <IdReadingsContext.Provider value={props.idReadings}>
      <KioskFrame
        hall={snapshot.hall}
        screen={shown.screen}
        largeText={largeText}
        onToggleLargeText={() => setLargeText((on) => !on)}
        onBack={atHome ? null : nav.back}
        onHome={atHome ? null : nav.home}
      >
        <IdCardBanner readings={props.idReadings} snapshot={snapshot} onCheckIn={(code) => {
          // The booking's check-in issues the ticket; the reading has done its work and must not linger.
          props.idReadings.discard();
          nav.push({ screen: 'check-in', code, now: true });
        }} />
        <Screen
          key={`${stack.length}:${shown.screen}`}
          route={shown}
          snapshot={snapshot}
          stream={stream}
          ticketPrints={props.ticketPrints}
          nav={nav}
          readiness={slipReadiness(snapshot.printers, kioskDeviceOf(snapshot))}
        />
      </KioskFrame>
      {idle.phase.kind === 'countdown' ? (
        <IdleOverlay secondsLeft={idle.phase.secondsLeft} onKeepUsing={idle.keepUsing} />
      ) : null}
    </IdReadingsContext.Provider>
  );
}

/** A route whose centre or service vanished from the hall (reconfigured) falls back to the start. */
function stillValid(route: Route, snapshot: HallSnapshot): Route {
  if (route.screen === 'centre' && !findCentre(snapshot, route.centreId)) return { screen: 'home' };
  if ('serviceId' in route && !findService(snapshot, route.serviceId)) return { screen: 'home' };
  return route;
}

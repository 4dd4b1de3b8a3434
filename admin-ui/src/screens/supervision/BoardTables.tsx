/** The board's tables: every centre, every service (with its limits) and every counter now. */
import type { BoardCentre, BoardCounter, BoardService, SupervisionBoard } from '../../../../protocol/supervision';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { Light } from './Light';
import { Minutes } from './Minutes';
import { countsOf, onlineOf } from './counts';
import { minutesOf } from './use-supervision';

export function CentreTable(props: { centres: BoardCentre[] }) {
  const { t } = useLang();
  return (
    <table class="list-table board-table" data-testid="centre-table">
      <thead>
        <tr>
          <th><Text k="admin.supervision.centre" /></th>
          <th><Text k="admin.supervision.waiting" /></th>
          <th><Text k="admin.supervision.longestWait" /></th>
          <th><Text k="admin.supervision.servedToday" /></th>
          <th><Text k="admin.supervision.averageWait" /></th>
          <th><Text k="admin.supervision.averageService" /></th>
          <th><Text k="admin.supervision.counters" /></th>
          <th><Text k="admin.supervision.devices" /></th>
        </tr>
      </thead>
      <tbody>
        {props.centres.map((c) => (
          <tr key={c.centreId} data-testid={`centre-${c.centreId}`}>
            <td>{c.name}</td>
            <td>{c.waiting}</td>
            <td><Minutes ms={c.longestWaitMs} /> <Light light={c.waitLight} /></td>
            <td>{c.servedToday}</td>
            <td><Minutes ms={c.averageWaitMs} /></td>
            <td><Minutes ms={c.averageServiceMs} /> <Light light={c.serviceLight} /></td>
            <td>
              {t('admin.supervision.countersLine', countsOf(c.counters))}
              {c.counters.idleWhileWaiting > 0 ? <><br /><span class="idle-warning">▲ {t('admin.supervision.idleLine', { n: c.counters.idleWhileWaiting })}</span></> : null}
            </td>
            <td class="device-cell">
              {(['kiosk', 'display', 'rating-pad'] as const).filter((k) => c.devices[k].total > 0).map((k) => (
                <span key={k} class="device-count">{t(`admin.supervision.device.${k}`)} {t('admin.supervision.online', onlineOf(c.devices[k]))}</span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ServiceTable(props: { services: BoardService[]; centreName: (id: string) => string }) {
  const { t } = useLang();
  return (
    <table class="list-table board-table" data-testid="service-table">
      <thead>
        <tr>
          <th><Text k="admin.supervision.service" /></th>
          <th><Text k="admin.supervision.waiting" /></th>
          <th><Text k="admin.supervision.longestWait" /></th>
          <th><Text k="admin.supervision.servedToday" /></th>
          <th><Text k="admin.supervision.averageWait" /></th>
          <th><Text k="admin.supervision.averageService" /></th>
          <th><Text k="admin.supervision.limits" /></th>
        </tr>
      </thead>
      <tbody>
        {props.services.map((s) => (
          <tr key={s.serviceId} data-testid={`service-${s.serviceId}`}>
            <td>{s.name}<br /><span class="muted">{props.centreName(s.centreId)}</span></td>
            <td>{s.waiting}</td>
            <td><Minutes ms={s.longestWaitMs} /> <Light light={s.waitLight} testid={`wait-light-${s.serviceId}`} /></td>
            <td>{s.servedToday}</td>
            <td><Minutes ms={s.averageWaitMs} /></td>
            <td><Minutes ms={s.averageServiceMs} /> <Light light={s.serviceLight} /></td>
            <td class="muted">{t('admin.supervision.limitsOf', { waitYellow: s.thresholds.waitYellowMinutes, waitRed: s.thresholds.waitRedMinutes,
              serviceYellow: s.thresholds.serviceYellowMinutes, serviceRed: s.thresholds.serviceRedMinutes })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CurrentCell(props: { counter: BoardCounter; at: number }) {
  const { t } = useLang();
  const c = props.counter;
  if (c.currentNumber !== null && c.currentStatus !== null && c.currentSince !== null) {
    return <>{t(`admin.supervision.current.${c.currentStatus}`, { number: c.currentNumber, minutes: minutesOf(props.at - c.currentSince) })}</>;
  }
  if (c.idleSince !== null) {
    return <span class="idle-warning" data-testid={`idle-${c.id}`}>▲ {t('admin.supervision.idle', { minutes: minutesOf(props.at - c.idleSince), n: c.waitingForIt })}</span>;
  }
  return <Text k="admin.supervision.none" />;
}

export function CounterTable(props: { board: SupervisionBoard }) {
  return (
    <table class="list-table board-table" data-testid="counter-table">
      <thead>
        <tr>
          <th><Text k="admin.supervision.counter" /></th>
          <th><Text k="admin.supervision.staff" /></th>
          <th><Text k="admin.supervision.status" /></th>
          <th><Text k="admin.supervision.current" /></th>
          <th><Text k="admin.supervision.serviceTime" /></th>
          <th><Text k="admin.supervision.waitingForIt" /></th>
          <th><Text k="admin.supervision.servedToday" /></th>
          <th><Text k="admin.supervision.averageService" /></th>
        </tr>
      </thead>
      <tbody>
        {props.board.counters.map((c) => (
          <tr key={c.id} data-testid={`counter-${c.id}`} class={`counter-${c.status}`}>
            <td>{c.name}</td>
            <td>{c.staffName ?? <Text k="admin.supervision.none" />}</td>
            <td><Text k={`admin.supervision.status.${c.status}`} /></td>
            <td><CurrentCell counter={c} at={props.board.at} /></td>
            <td><Light light={c.serviceLight} /></td>
            <td>{c.waitingForIt}</td>
            <td>{c.servedToday}</td>
            <td><Minutes ms={c.averageServiceMs} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

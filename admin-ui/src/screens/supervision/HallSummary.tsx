/** The whole hall at a glance: the queue figures with their lights, counters, and devices online. */
import type { SupervisionBoard } from '../../../../protocol/supervision';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { Light } from './Light';
import { Minutes } from './Minutes';
import { countsOf, onlineOf } from './counts';

export function HallSummary(props: { board: SupervisionBoard }) {
  const { t } = useLang();
  const { hall } = props.board;
  const down = props.board.printers.filter((p) => !p.working).map((p) => p.name);
  return (
    <section class="hall-summary" data-testid="hall-summary" aria-label={t('admin.supervision.hall')}>
      <div class="tile">
        <span class="tile-label"><Text k="admin.supervision.waiting" /></span>
        <span class="tile-value" data-testid="hall-waiting">{hall.waiting}</span>
      </div>
      <div class="tile">
        <span class="tile-label"><Text k="admin.supervision.longestWait" /></span>
        <span class="tile-value"><Minutes ms={hall.longestWaitMs} /></span>
        <Light light={hall.waitLight} testid="hall-wait-light" />
      </div>
      <div class="tile">
        <span class="tile-label"><Text k="admin.supervision.servedToday" /></span>
        <span class="tile-value" data-testid="hall-served">{hall.servedToday}</span>
      </div>
      <div class="tile">
        <span class="tile-label"><Text k="admin.supervision.averageWait" /></span>
        <span class="tile-value"><Minutes ms={hall.averageWaitMs} /></span>
      </div>
      <div class="tile">
        <span class="tile-label"><Text k="admin.supervision.averageService" /></span>
        <span class="tile-value"><Minutes ms={hall.averageServiceMs} /></span>
        <Light light={hall.serviceLight} testid="hall-service-light" />
      </div>
      <div class="tile wide">
        <span class="tile-label"><Text k="admin.supervision.counters" /></span>
        <span>{t('admin.supervision.countersLine', countsOf(hall.counters))}</span>
        <span class={hall.counters.idleWhileWaiting > 0 ? 'idle-warning' : 'muted'} data-testid="hall-idle">
          {hall.counters.idleWhileWaiting > 0 ? '▲ ' : ''}{t('admin.supervision.idleLine', { n: hall.counters.idleWhileWaiting })}
        </span>
      </div>
      <div class="tile wide" data-testid="hall-devices">
        <span class="tile-label"><Text k="admin.supervision.devices" /></span>
        <span>
          {(['kiosk', 'display', 'rating-pad'] as const).map((kind) => (
            <span key={kind} class="device-count">{t(`admin.supervision.device.${kind}`)} {t('admin.supervision.online', onlineOf(hall.devices[kind]))}</span>
          ))}
          <span class="device-count">{t('admin.supervision.device.printer')} {t('admin.supervision.online', onlineOf(hall.printers))}</span>
        </span>
        {down.length > 0 ? <span class="idle-warning">■ {t('admin.supervision.printersDown', { names: down.join('、') })}</span> : null}
      </div>
    </section>
  );
}

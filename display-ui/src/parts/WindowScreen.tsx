import type { CounterView, HallSnapshot } from '../../../protocol/views';
import { Text, useLang } from '../../../ui-kit/i18n';
import { Clock } from './Clock';
import { NoticeMarquee } from './NoticeMarquee';

/**
 * 窗口屏: one window (the snapshot is already cut to its counter). Its number and name; while it is open
 * or paused, who works there (photo, masked name, 工号), the number in hand and the next numbers 叫下一位
 * will take; "暂停服务" across the number while paused; a closed window says so and shows nothing else.
 */
export function WindowScreen(props: { snapshot: HallSnapshot; now: number; highlighted: boolean }) {
  const { snapshot, now } = props;
  const counter = snapshot.counters[0];
  return (
    <div class={`window-screen window-status-${counter?.status ?? 'closed'}`} data-testid="window-screen" data-status={counter?.status ?? 'closed'}>
      <header class="window-head">
        <span class="window-number" data-testid="window-number">{counter?.id ?? snapshot.device?.counterId ?? ''}</span>
        <h1 class="window-name" data-testid="window-name">{counter?.name ?? ''}</h1>
        <Clock now={now} timezone={snapshot.hall.timezone} />
      </header>
      {!counter || counter.status === 'closed' ? (
        <main class="window-closed" data-testid="window-closed">
          <Text k="display.window.closed" bilingual />
        </main>
      ) : (
        <main class="window-body">
          <StaffCard counter={counter} />
          <NowServing counter={counter} highlighted={props.highlighted} />
          <NextNumbers numbers={snapshot.nextNumbers ?? []} />
        </main>
      )}
      {counter && counter.status !== 'closed' ? <NoticeMarquee notices={snapshot.notices} /> : null}
    </div>
  );
}

function StaffCard(props: { counter: CounterView }) {
  const { t } = useLang();
  const { counter } = props;
  if (!counter.staffName) return <section class="window-staff-card" />;
  return (
    <section class="window-staff-card" data-testid="window-staff">
      {counter.staffPhoto ? (
        <img class="window-staff-photo" src={counter.staffPhoto} alt={t('display.staffPhoto')} data-testid="window-staff-photo" />
      ) : null}
      <p class="window-staff-name" data-testid="window-staff-name">{counter.staffName}</p>
      {counter.staffNumber ? (
        <p class="window-staff-number" data-testid="window-staff-number">
          <Text k="display.window.staffNumber" vars={{ n: counter.staffNumber }} bilingual />
        </p>
      ) : null}
    </section>
  );
}

function NowServing(props: { counter: CounterView; highlighted: boolean }) {
  const { counter } = props;
  return (
    <section class={`window-now ${props.highlighted ? 'latest-highlight' : ''}`}>
      <h2 class="window-label">
        <Text k="display.window.now" bilingual />
      </h2>
      {counter.status === 'paused' ? (
        <p class="window-paused" data-testid="window-paused" role="status">
          <Text k="display.window.paused" bilingual />
        </p>
      ) : counter.currentNumber ? (
        <p class="window-current" data-testid="window-current">
          <span class="window-current-number">{counter.currentNumber}</span>
          <span class="window-current-state">
            <Text k={counter.currentStatus === 'serving' ? 'status.serving' : 'display.window.pleaseCome'} bilingual />
          </span>
        </p>
      ) : (
        <p class="window-idle" data-testid="window-idle">
          <Text k="display.window.idle" bilingual />
        </p>
      )}
    </section>
  );
}

function NextNumbers(props: { numbers: string[] }) {
  return (
    <section class="window-next" data-testid="window-next">
      <h2 class="window-label">
        <Text k="display.window.next" bilingual />
      </h2>
      {props.numbers.length === 0 ? (
        <p class="window-next-none">
          <Text k="display.window.noneWaiting" bilingual />
        </p>
      ) : (
        <ol class="window-next-list">
          {props.numbers.map((n) => (
            <li key={n} class="window-next-number" data-number={n}>{n}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

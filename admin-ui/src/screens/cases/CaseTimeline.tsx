/** The case's step log, oldest first: when, who, what (a call-back says whether the resident was reached). */
import type { CaseEventView } from '../../../../protocol/cases';
import { useLang } from '../../../../ui-kit/i18n';
import { timeText } from './case-text';

export function CaseTimeline(props: { events: CaseEventView[]; timezone: string }) {
  const { t } = useLang();
  return (
    <section class="panel case-timeline" data-testid="case-timeline">
      <h2>{t('admin.cases.timeline')}</h2>
      <ol>
        {props.events.map((e, i) => (
          <li key={i} data-testid={`case-event-${e.type}`} class={`case-event case-event-${e.type}`}>
            <span class="case-event-time">{timeText(e.at, props.timezone)}</span>
            <span class="case-event-who">{e.userName ?? t('admin.cases.event.system')}</span>
            <span class="case-event-what">
              {t(`admin.cases.event.${e.type}`, { note: e.note })}
              {e.reached !== null ? ` · ${t(e.reached ? 'admin.cases.event.reached' : 'admin.cases.event.notReached')}` : ''}
            </span>
            {e.note && e.type !== 'assigned' ? <span class="case-event-note">{e.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

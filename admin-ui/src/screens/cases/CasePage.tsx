/**
 * One follow-up case: what it follows up (the rating or complaint as the resident left it, the ticket,
 * service, window and staff member), how it is being handled, its step log, and the forms of the steps
 * the shared rule (protocol/case-flow.ts) lets this person take now. It reads itself again when the
 * server says the case moved (another supervisor's step, the escalation at day's end).
 */
import type { ComponentChildren } from 'preact';
import type { CaseView } from '../../../../protocol/cases';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { counterName, kindText, serviceName, timeText } from './case-text';
import { CaseState } from './CaseState';
import { CaseSteps } from './CaseSteps';
import { CaseTimeline } from './CaseTimeline';
import { useCaseChanges } from './use-case-changes';

export function CasePage(props: { id: number }) {
  const { t } = useLang();
  const read = useCommand('case.get', { id: props.id });
  useCaseChanges((ids) => {
    if (ids.includes(props.id)) read.reload();
  });
  const view = read.data;
  const timezone = useHall().snapshot?.hall.timezone ?? 'Asia/Shanghai';
  if (!view) return <section class="form-page">{loadStatus(read)}</section>;
  return (
    <section class="form-page case-page" data-testid="case-page" data-status={view.status}>
      <header class="screen-head">
        <h1>
          {t('admin.cases.case', { id: `#${view.id}` })} · {kindText(view, t)}
        </h1>
        <CaseState summary={view} />
        <a class="plain-button" href="#/cases">
          <Text k="admin.kit.back" />
        </a>
      </header>
      <div class="side-by-side">
        <CaseSource view={view} />
        <CaseHandling view={view} timezone={timezone} />
      </div>
      <CaseTimeline events={view.events} timezone={timezone} />
      <CaseSteps view={view} onDone={read.reload} />
    </section>
  );
}

function CaseSource(props: { view: CaseView }) {
  const { t } = useLang();
  const { user } = useConsole();
  const snapshot = useHall().snapshot;
  const { view } = props;
  const { origin } = view;
  const masked = view.contactPhone !== null && view.assigneeId !== user.id;
  return (
    <dl class="facts case-facts" data-testid="case-source">
      <div class="facts-title">{t('admin.cases.source')}</div>
      <Fact label={t('admin.cases.channel')}>{t(`admin.cases.channel.${origin.channel}`)}</Fact>
      {origin.level !== null ? <Fact label={t('admin.cases.level')}>{t(`rating.level.${origin.level}`)}</Fact> : null}
      {view.kind === 'bad_rating' ? (
        <Fact label={t('admin.cases.reasons')}>
          {origin.reasons.length ? origin.reasons.map((r) => t(`rating.reason.${r}`)).join('、') : t('admin.cases.noReasons')}
        </Fact>
      ) : null}
      <Fact label={t('admin.cases.text')}>
        <span class="case-text" data-testid="case-text">{origin.text || t('admin.cases.noText')}</span>
      </Fact>
      {view.ticketNumber ? <Fact label={t('admin.cases.ticket')}>{view.ticketNumber}</Fact> : null}
      {view.serviceId ? <Fact label={t('admin.cases.service')}>{serviceName(snapshot, view.serviceId)}</Fact> : null}
      {view.counterId !== null ? <Fact label={t('admin.cases.counter')}>{counterName(snapshot, view.counterId, t)}</Fact> : null}
      {view.staffName ? <Fact label={t('admin.cases.staff')}>{view.staffName}</Fact> : null}
      <Fact label={t('admin.cases.phone')}>
        <span data-testid="case-phone">{view.contactPhone ?? t('admin.cases.noPhone')}</span>
        {masked ? <span class="form-hint"> ({t('admin.cases.phoneMasked')})</span> : null}
      </Fact>
    </dl>
  );
}

function CaseHandling(props: { view: CaseView; timezone: string }) {
  const { t } = useLang();
  const { view, timezone } = props;
  const none = <span class="muted">{t('admin.cases.none')}</span>;
  return (
    <dl class="facts case-facts" data-testid="case-handling">
      <div class="facts-title">{t('admin.cases.handling')}</div>
      <Fact label={t('admin.cases.openedAt')}>{timeText(view.openedAt, timezone)}</Fact>
      <Fact label={t('admin.cases.deadline')}>
        <span class={view.overdue ? 'case-late' : undefined}>
          {view.deadline ?? t('admin.cases.noDeadline')}
          {view.overdue ? ` (${t('admin.cases.overdue')})` : ''}
        </span>
      </Fact>
      <Fact label={t('admin.cases.assignee')}>{view.assigneeName ?? <span class="muted">{t('admin.cases.unassigned')}</span>}</Fact>
      <Fact label={t('admin.cases.rectification')}>{view.rectification || none}</Fact>
      <Fact label={t('admin.cases.satisfaction')}>
        {view.residentSatisfaction ? t(`admin.cases.satisfaction.${view.residentSatisfaction}`) : none}
      </Fact>
      <Fact label={t('admin.cases.result')}>{view.result || none}</Fact>
      {view.closedAt !== null ? <Fact label={t('admin.cases.closedAt')}>{timeText(view.closedAt, timezone)}</Fact> : null}
    </dl>
  );
}

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** A case's status in words, with 已逾期 and 已上报管理员 beside it (red is never the only sign). */
import type { CaseSummary } from '../../../../protocol/cases';
import { useLang } from '../../../../ui-kit/i18n';

export function CaseState(props: { summary: Pick<CaseSummary, 'status' | 'overdue' | 'escalated'> }) {
  const { t } = useLang();
  const { status, overdue, escalated } = props.summary;
  return (
    <span class="case-state" data-testid="case-state" data-status={status} data-overdue={overdue ? 'true' : undefined}>
      <span class={`case-status case-status-${status}`}>{t(`admin.cases.status.${status}`)}</span>
      {overdue ? <span class="case-flag case-flag-overdue">{t('admin.cases.overdue')}</span> : null}
      {escalated ? <span class="case-flag case-flag-escalated">{t('admin.cases.escalated')}</span> : null}
    </span>
  );
}

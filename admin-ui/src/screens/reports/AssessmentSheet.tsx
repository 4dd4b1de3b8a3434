/**
 * The monthly 考评 sheet (report.assessment), laid out for A4 paper: the hall and month, every centre,
 * every staff member who took up tickets, the total, and lines to sign. The print stylesheet
 * (./reports.css) hides the console around it.
 */
import type { AssessmentAnswer } from '../../../../protocol/reports';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { useCommand } from '../../kit/use-command';
import { loadStatus } from '../../kit/LoadState';
import { ReportTable } from './ReportTable';
import { shiftDays } from './report-range';

function otherMonth(month: string, step: 1 | -1): string {
  const first = `${month}-01`;
  const day = step === 1 ? shiftDays(first, 32) : shiftDays(first, -1);
  return day.slice(0, 7);
}

export function AssessmentSheet(props: { month: string }) {
  const { navigate } = useConsole();
  const read = useCommand('report.assessment', { month: props.month });
  return (
    <div class="screen-stack" data-testid="assessment-screen">
      <div class="toolbar no-print">
        <button type="button" class="plain-button" onClick={() => navigate('reports')}><Text k="report.back" /></button>
        <button type="button" class="plain-button" data-testid="assessment-previous" onClick={() => navigate(`reports/assessment/${otherMonth(props.month, -1)}`)}>
          <Text k="report.previousMonth" />
        </button>
        <button type="button" class="plain-button" onClick={() => navigate(`reports/assessment/${otherMonth(props.month, 1)}`)}>
          <Text k="report.nextMonth" />
        </button>
        <button type="button" class="primary-button" data-testid="assessment-print" onClick={() => window.print()}><Text k="report.print" /></button>
      </div>
      {loadStatus(read) ?? (read.data ? <Sheet sheet={read.data} /> : null)}
    </div>
  );
}

function Sheet(props: { sheet: AssessmentAnswer }) {
  const { t } = useLang();
  const { sheet } = props;
  return (
    <article class="a4-sheet" data-testid="assessment-sheet">
      <h1>{sheet.hallName}</h1>
      <h2>{t('report.assessmentTitle', { month: sheet.month })}</h2>
      <p class="sheet-range">{t('report.range', { from: sheet.from, to: sheet.to })}</p>
      <h3><Text k="report.sheet.centres" /></h3>
      <ReportTable by="centre" rows={sheet.centres} total={sheet.total} testid="assessment-centres" compact />
      <h3><Text k="report.sheet.staff" /></h3>
      <ReportTable by="staff" rows={sheet.staff} total={sheet.total} testid="assessment-staff" compact />
      <p class="sheet-note"><Text k="report.sheet.note" /></p>
      <div class="sheet-signatures">
        <span><Text k="report.sheet.preparedBy" /></span>
        <span><Text k="report.sheet.reviewedBy" /></span>
        <span><Text k="report.sheet.date" /></span>
      </div>
    </article>
  );
}

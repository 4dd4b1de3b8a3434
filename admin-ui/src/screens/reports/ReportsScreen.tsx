/**
 * 统计报表: #/reports shows report.get for a range and grouping (quick ranges, a bar chart, the table
 * with the total, CSV and XLSX downloads); #/reports/assessment/<YYYY-MM> is the printable 考评 sheet.
 * Figures are defined in docs/REPORTS.md.
 */
import { useState } from 'preact/hooks';
import type { ScreenProps } from '../screen';
import type { ReportGrouping } from '../../../../protocol/reports';
import { REPORT_GROUPINGS } from '../../../../protocol/reports';
import type { ErrorCode } from '../../../../protocol/errors';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import { useConsole, useHall } from '../../kit/console';
import { useCommand } from '../../kit/use-command';
import { loadStatus } from '../../kit/LoadState';
import { QUICK_RANGES, quickRange, type QuickRange } from './report-range';
import { ReportTable } from './ReportTable';
import { downloadReport } from './report-download';
import { OutcomeChart } from './OutcomeChart';
import { AssessmentSheet } from './AssessmentSheet';
import './reports.css';

interface Query { from: string; to: string; by: ReportGrouping }

export function ReportsScreen(props: ScreenProps) {
  const [first, month] = props.path;
  if (first === 'assessment' && month && /^\d{4}-\d{2}$/.test(month)) return <AssessmentSheet key={month} month={month} />;
  return <ReportPage />;
}

function ReportPage() {
  const { t } = useLang();
  const { token, navigate } = useConsole();
  const today = useHall().snapshot?.hall.businessDay ?? new Date().toISOString().slice(0, 10);
  const [draft, setDraft] = useState<Query>({ ...quickRange('month', today), by: 'centre' });
  const [query, setQuery] = useState<Query>(draft);
  const [fileError, setFileError] = useState<ErrorCode | null>(null);
  const read = useCommand('report.get', query);
  const report = read.data;
  const search = `from=${query.from}&to=${query.to}&by=${query.by}`;

  const save = async (format: 'csv' | 'xlsx'): Promise<void> => {
    setFileError(await downloadReport(token, search, format));
  };

  return (
    <div class="screen-stack report-screen" data-testid="reports-screen">
      <header class="screen-head">
        <h1><Text k="report.title" /></h1>
      </header>
      <form class="toolbar filters" data-testid="report-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(draft);
        }}>
        {QUICK_RANGES.map((range: QuickRange) => (
          <button key={range} type="button" class="plain-button" data-testid={`report-quick-${range}`}
            onClick={() => {
              const next = { ...draft, ...quickRange(range, today) };
              setDraft(next);
              setQuery(next);
            }}>
            <Text k={`report.quick.${range}`} />
          </button>
        ))}
        <label class="inline-field">
          <span class="form-label">{t('report.from')}</span>
          <input type="date" data-testid="report-from" value={draft.from} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
        </label>
        <label class="inline-field">
          <span class="form-label">{t('report.to')}</span>
          <input type="date" data-testid="report-to" value={draft.to} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
        </label>
        <label class="inline-field">
          <span class="form-label">{t('report.groupBy')}</span>
          <select data-testid="report-by" value={draft.by}
            onChange={(e) => {
              const by = REPORT_GROUPINGS.find((g) => g === e.currentTarget.value) ?? 'centre';
              setDraft({ ...draft, by });
              setQuery({ ...draft, by });
            }}>
            {REPORT_GROUPINGS.map((g) => <option key={g} value={g}>{t(`report.by.${g}`)}</option>)}
          </select>
        </label>
        <button type="submit" class="primary-button" data-testid="report-run"><Text k="report.run" /></button>
        <span class="toolbar-gap" />
        <button type="button" class="plain-button" data-testid="report-csv" onClick={() => void save('csv')}><Text k="report.exportCsv" /></button>
        <button type="button" class="plain-button" data-testid="report-xlsx" onClick={() => void save('xlsx')}><Text k="report.exportXlsx" /></button>
        <button type="button" class="plain-button" data-testid="report-assessment"
          onClick={() => navigate(`reports/assessment/${query.from.slice(0, 7)}`)}>
          <Text k="report.assessment" />
        </button>
      </form>
      {fileError ? <ErrorNote code={fileError} /> : null}
      {read.state.kind === 'error' && report !== null ? <ErrorNote code={read.state.code} /> : null}
      {loadStatus(read) ?? (report ? (
        <>
          <p class="muted report-range" data-testid="report-range">{t('report.range', { from: report.from, to: report.to })}</p>
          {report.rows.length > 0 ? <OutcomeChart rows={report.rows} /> : <p class="muted"><Text k="report.empty" /></p>}
          <div class="report-scroll">
            <ReportTable by={report.by} rows={report.rows} total={report.total} testid="report-table" />
          </div>
        </>
      ) : null)}
    </div>
  );
}

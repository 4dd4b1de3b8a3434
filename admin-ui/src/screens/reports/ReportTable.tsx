/** A report's figures as a table: one line per row, then the total (the reports screen and the 考评 sheet). */
import type { ReportFigures, ReportGrouping, ReportRow } from '../../../../protocol/reports';
import { useLang } from '../../../../ui-kit/i18n';
import { minutesText, percentText } from './report-range';

export function ReportTable(props: { by: ReportGrouping; rows: ReportRow[]; total: ReportFigures; testid: string; compact?: boolean }) {
  const { t } = useLang();
  const cells = (f: ReportFigures) => [
    f.issued, f.served, f.noShow, f.transferred, f.cancelled + f.expired,
    minutesText(f.wait.mean), minutesText(f.wait.median), minutesText(f.wait.p90),
    minutesText(f.service.mean), minutesText(f.service.p90),
    f.ratings, percentText(f.satisfaction), f.bad, percentText(f.rectifiedOnTimeShare), percentText(f.calledBackOnTimeShare),
  ];
  const heads = ['report.col.issued', 'report.col.served', 'report.col.noShow', 'report.col.transferred', 'report.col.cancelledExpired',
    'report.col.waitMean', 'report.col.waitMedian', 'report.col.waitP90', 'report.col.serviceMean', 'report.col.serviceP90',
    'report.col.ratings', 'report.col.satisfaction', 'report.col.bad', 'report.col.rectifiedOnTimeShare',
    'report.col.calledBackOnTimeShare'] as const;
  return (
    <table class={`list-table report-table${props.compact ? ' compact' : ''}`} data-testid={props.testid}>
      <thead>
        <tr>
          <th>{t(`report.by.${props.by}`)}</th>
          {heads.map((h) => <th key={h} class="number">{t(h)}</th>)}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key} data-testid="report-row">
            <td>{r.label}</td>
            {cells(r).map((c, i) => <td key={heads[i]} class="number">{c}</td>)}
          </tr>
        ))}
        <tr class="report-total" data-testid="report-total">
          <th>{t('report.total')}</th>
          {cells(props.total).map((c, i) => <td key={heads[i]} class="number">{c}</td>)}
        </tr>
      </tbody>
    </table>
  );
}

/**
 * One bar per report row, split into served, no-show and the rest of the tickets issued, drawn as SVG.
 * A chart library was measured first: Chart.js with only its bar pieces adds about 65 kB gzipped to the
 * console, which its bundle budget (test/integration/bundle-budget.test.ts) has no room for; this
 * chart needs only bars, a scale and a legend. The numbers stay readable in the table below and in
 * each bar's title, so colour is never the only signal.
 */
import type { ReportRow } from '../../../../protocol/reports';
import type { UiKey } from '../../../../protocol/catalog/ui-lookup';
import { useLang } from '../../../../ui-kit/i18n';

const SEGMENTS: { key: UiKey; cls: string; value: (r: ReportRow) => number }[] = [
  { key: 'report.col.served', cls: 'served', value: (r) => r.served },
  { key: 'report.col.noShow', cls: 'no-show', value: (r) => r.noShow },
  { key: 'report.chart.other', cls: 'other', value: (r) => r.issued - r.served - r.noShow },
];

const LABEL_W = 220;
const BAR_W = 640;
const ROW_H = 26;
const GAP = 8;

/** A round step for the scale (1, 2, 5 × 10^n) giving about five marks. */
function step(max: number): number {
  const raw = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
}

export function OutcomeChart(props: { rows: ReportRow[] }) {
  const { t } = useLang();
  const rows = props.rows;
  const max = Math.max(1, ...rows.map((r) => r.issued));
  const unit = step(max);
  const top = Math.ceil(max / unit) * unit;
  const x = (n: number): number => (n / top) * BAR_W;
  const height = rows.length * (ROW_H + GAP) + 24;
  const marks = Array.from({ length: Math.round(top / unit) + 1 }, (_, i) => i * unit);
  return (
    <figure class="report-chart" data-testid="report-chart">
      <figcaption>{t('report.chart.title')}</figcaption>
      <svg viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`} role="img" aria-label={t('report.chart.title')}>
        {marks.map((m) => (
          <g key={m} class="chart-mark">
            <line x1={LABEL_W + x(m)} x2={LABEL_W + x(m)} y1={0} y2={height - 20} />
            <text x={LABEL_W + x(m)} y={height - 4} text-anchor="middle">{m}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * (ROW_H + GAP);
          let from = 0;
          return (
            <g key={r.key} data-testid="chart-bar">
              <text class="chart-label" x={LABEL_W - 8} y={y + ROW_H * 0.7} text-anchor="end">{r.label}</text>
              {SEGMENTS.map((s) => {
                const n = s.value(r);
                const at = from;
                from += n;
                return n > 0 ? (
                  <rect key={s.cls} class={`chart-${s.cls}`} x={LABEL_W + x(at)} y={y} width={x(n)} height={ROW_H}>
                    <title>{`${r.label} · ${t(s.key)}: ${n}`}</title>
                  </rect>
                ) : null;
              })}
              <text class="chart-total" x={LABEL_W + x(r.issued) + 6} y={y + ROW_H * 0.7}>{r.issued}</text>
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend">
        {SEGMENTS.map((s) => <li key={s.cls}><span class={`chart-swatch chart-${s.cls}`} />{t(s.key)}</li>)}
      </ul>
    </figure>
  );
}

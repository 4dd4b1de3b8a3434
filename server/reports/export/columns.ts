/**
 * The columns of an exported report (CSV and XLSX alike): Chinese headers from the catalog, one value
 * per row, and what kind of value it is, so each format writes it its own way (minutes with one
 * decimal, shares as percentages).
 */
import type { ReportAnswer, ReportFigures, ReportRow } from '../../../protocol/reports';
import { t, type MessageKey } from '../../../protocol/catalog';

export type ColumnKind = 'text' | 'count' | 'minutes' | 'share';

export interface Column {
  header: string;
  kind: ColumnKind;
  value(row: ReportFigures): number | null;
}

const minutes = (s: number | null): number | null => (s === null ? null : Math.round((s / 60) * 10) / 10);

const col = (key: MessageKey, kind: ColumnKind, value: (r: ReportFigures) => number | null): Column => ({ header: t(key), kind, value });

export const FIGURE_COLUMNS: readonly Column[] = [
  col('report.col.issued', 'count', (r) => r.issued),
  col('report.col.served', 'count', (r) => r.served),
  col('report.col.noShow', 'count', (r) => r.noShow),
  col('report.col.transferred', 'count', (r) => r.transferred),
  col('report.col.cancelled', 'count', (r) => r.cancelled),
  col('report.col.expired', 'count', (r) => r.expired),
  col('report.col.open', 'count', (r) => r.open),
  col('report.col.priority', 'count', (r) => r.priority),
  col('report.col.priorityShare', 'share', (r) => r.priorityShare),
  col('report.col.waitMean', 'minutes', (r) => minutes(r.wait.mean)),
  col('report.col.waitMedian', 'minutes', (r) => minutes(r.wait.median)),
  col('report.col.waitP90', 'minutes', (r) => minutes(r.wait.p90)),
  col('report.col.serviceMean', 'minutes', (r) => minutes(r.service.mean)),
  col('report.col.serviceMedian', 'minutes', (r) => minutes(r.service.median)),
  col('report.col.serviceP90', 'minutes', (r) => minutes(r.service.p90)),
  col('report.col.ratings', 'count', (r) => r.ratings),
  col('rating.level.5', 'count', (r) => r.ratingsByLevel['5']),
  col('rating.level.4', 'count', (r) => r.ratingsByLevel['4']),
  col('rating.level.3', 'count', (r) => r.ratingsByLevel['3']),
  col('rating.level.2', 'count', (r) => r.ratingsByLevel['2']),
  col('rating.level.1', 'count', (r) => r.ratingsByLevel['1']),
  col('report.col.satisfaction', 'share', (r) => r.satisfaction),
  col('report.col.bad', 'count', (r) => r.bad),
  col('report.col.rectifiedOnTime', 'count', (r) => r.rectifiedOnTime),
  col('report.col.rectifiedOnTimeShare', 'share', (r) => r.rectifiedOnTimeShare),
  col('report.col.badWithContact', 'count', (r) => r.badWithContact),
  col('report.col.calledBackOnTime', 'count', (r) => r.calledBackOnTime),
  col('report.col.calledBackOnTimeShare', 'share', (r) => r.calledBackOnTimeShare),
];

/** The table to write: headers, then one line per row, then the total. */
export function reportTable(report: ReportAnswer): { headers: string[]; kinds: ColumnKind[]; lines: (string | number | null)[][] } {
  const line = (label: string, r: ReportFigures | ReportRow): (string | number | null)[] => [label, ...FIGURE_COLUMNS.map((c) => c.value(r))];
  return {
    headers: [t(`report.by.${report.by}`), ...FIGURE_COLUMNS.map((c) => c.header)],
    kinds: ['text', ...FIGURE_COLUMNS.map((c) => c.kind)],
    lines: [...report.rows.map((r) => line(r.label, r)), line(t('report.total'), report.total)],
  };
}

/** The download's name: 统计报表_<from>_<to>_<grouping>.<ext>. */
export function reportFileName(report: ReportAnswer, ext: string): string {
  return `${t('report.fileName')}_${report.from}_${report.to}_${t(`report.by.${report.by}`)}.${ext}`;
}

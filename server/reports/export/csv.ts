/**
 * A report as CSV (RFC 4180): UTF-8 with a byte-order mark, because Excel on Chinese Windows reads a
 * CSV without one as GBK and shows the headers as mojibake; CRLF line ends; shares as percentages.
 */
import type { ReportAnswer } from '../../../protocol/reports';
import { reportTable, type ColumnKind } from './columns';

function cell(value: string | number | null, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'number') return kind === 'share' ? `${(value * 100).toFixed(1)}%` : String(value);
  // Quote every text cell that needs it; a leading =, +, - or @ would make Excel run it as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportCsv(report: ReportAnswer): string {
  const table = reportTable(report);
  const lines = [table.headers.map((h) => cell(h, 'text')), ...table.lines.map((l) => l.map((v, i) => cell(v, table.kinds[i] ?? 'text')))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

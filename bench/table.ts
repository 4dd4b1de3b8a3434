/** The side-by-side table `npm run bench` prints: each figure, its baseline, and the ratio to the goal. */

export interface Row {
  metric: string;
  /** The baseline's figure (bare socket.io or raw SQLite), or null where there is none. */
  base: number | null;
  /** One figure per hall run (empty, with history). */
  halls: number[];
  /** Goal for the ratio hall ÷ base (at most, or at least when higherIsBetter); null: shown only. */
  goal: number | null;
  higherIsBetter?: boolean;
}

function ratioCell(row: Row, value: number): string {
  if (row.base === null || row.base === 0) return '';
  const ratio = value / row.base;
  const text = `${ratio.toFixed(2)}×`;
  if (row.goal === null) return text;
  const met = row.higherIsBetter ? ratio >= row.goal : ratio <= row.goal;
  return `${text} ${met ? 'ok' : 'MISS'}`;
}

export function renderTable(hallLabels: string[], rows: Row[]): string {
  const header = ['metric', 'baseline', ...hallLabels.flatMap((label) => [label, 'ratio']), 'goal'];
  const body = rows.map((row) => [
    row.metric,
    row.base === null ? '—' : String(row.base),
    ...row.halls.flatMap((value) => [String(value), ratioCell(row, value)]),
    row.goal === null ? '' : `${row.higherIsBetter ? '≥' : '≤'} ${row.goal}×`,
  ]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((line) => (line[c] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0)
    : cell.padStart(widths[c] ?? 0))).join(' │ ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)].join('\n');
}

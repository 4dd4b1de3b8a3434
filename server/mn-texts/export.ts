/** The workbench's texts as CSV rows (protocol/mn-texts.ts MN_CSV_COLUMNS); a review date as ISO 8601 (UTC). */
import { MN_CSV_COLUMNS, type MnTextEntry } from '../../protocol/mn-texts';
import { writeCsv } from './csv';

export function exportCsv(entries: readonly MnTextEntry[]): string {
  return writeCsv([
    [...MN_CSV_COLUMNS],
    ...entries.map((e) => [e.key, e.screen, e.zh, e.mn, e.status, e.reviewer ?? '',
      e.reviewedAt === null ? '' : new Date(e.reviewedAt).toISOString()]),
  ]);
}

/**
 * The export's CSV columns, in order: each a header from the message catalog and the value it takes from
 * a row. The JSON export sends the rows themselves (stable English field names); docs/HAOCHAPING.md maps
 * both to the data items of GB/T 39735-2020.
 */
import type { RatingExportRow } from '../../protocol/ratings-export';
import { t, type MessageKey } from '../../protocol/catalog';

interface Column {
  header: MessageKey;
  value(row: RatingExportRow): string | number | null;
}

function callBacks(row: RatingExportRow): string {
  const f = row.followUp;
  if (f === null) return '';
  return f.callBacks === 0 ? t('hcp.callBacks.none') : t('hcp.callBacks.some', 'zh', { n: f.callBacks, reached: f.callBacksReached });
}

export const EXPORT_COLUMNS: readonly Column[] = [
  { header: 'hcp.column.ratingId', value: (r) => r.ratingId },
  { header: 'hcp.column.ticketNumber', value: (r) => r.ticketNumber },
  { header: 'hcp.column.businessDay', value: (r) => r.businessDay },
  { header: 'hcp.column.ratedAt', value: (r) => r.ratedAtLocal },
  { header: 'hcp.column.channel', value: (r) => t(`hcp.channel.${r.channel}`) },
  { header: 'hcp.column.levelName', value: (r) => t(`rating.level.${r.level}`) },
  { header: 'hcp.column.level', value: (r) => r.level },
  { header: 'hcp.column.centre', value: (r) => r.centreName },
  { header: 'hcp.column.service', value: (r) => r.serviceName },
  { header: 'hcp.column.serviceCode', value: (r) => r.nationalServiceCode },
  { header: 'hcp.column.serviceId', value: (r) => r.serviceId },
  { header: 'hcp.column.counter', value: (r) => r.counterName },
  { header: 'hcp.column.staff', value: (r) => r.staffName },
  { header: 'hcp.column.staffNumber', value: (r) => r.staffNumber },
  { header: 'hcp.column.reasons', value: (r) => r.reasons.map((reason) => t(`rating.reason.${reason}`)).join('、') },
  { header: 'hcp.column.comment', value: (r) => r.comment },
  { header: 'hcp.column.caseStatus', value: (r) => (r.followUp ? t(`hcp.caseStatus.${r.followUp.status}`) : '') },
  { header: 'hcp.column.deadline', value: (r) => r.followUp?.deadline ?? '' },
  { header: 'hcp.column.rectification', value: (r) => r.followUp?.rectification ?? '' },
  { header: 'hcp.column.result', value: (r) => r.followUp?.result ?? '' },
  { header: 'hcp.column.callBacks', value: callBacks },
  { header: 'hcp.column.residentSatisfaction',
    value: (r) => (r.followUp?.residentSatisfaction ? t(`hcp.satisfaction.${r.followUp.residentSatisfaction}`) : '') },
];

export function headerValues(): string[] {
  return EXPORT_COLUMNS.map((c) => t(c.header));
}

export function rowValues(row: RatingExportRow): (string | number | null)[] {
  return EXPORT_COLUMNS.map((c) => c.value(row));
}

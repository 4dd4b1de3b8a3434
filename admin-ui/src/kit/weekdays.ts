import type { UiKey } from '../../../protocol/catalog/ui-lookup';

/** Names of the days, Sunday first as Date.getDay() counts them. */
const BY_DATE_DAY: readonly UiKey[] = [
  'admin.weekday.0', 'admin.weekday.1', 'admin.weekday.2', 'admin.weekday.3', 'admin.weekday.4', 'admin.weekday.5', 'admin.weekday.6',
];

/** The name of a day as Date.getDay() numbers it (0 = Sunday). */
export function dateDayKey(day: number): UiKey {
  return BY_DATE_DAY[((day % 7) + 7) % 7] ?? 'admin.weekday.0';
}

/** The name of a day of the opening-hours week (protocol/hours.ts WEEKDAYS: 0 = Monday). */
export function hoursDayKey(index: number): UiKey {
  return dateDayKey(index + 1);
}

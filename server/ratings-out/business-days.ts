/** The instants a range of business days covers in the hall's time zone: [first midnight, midnight after the last day). */
import { epochOfLocal } from '../../protocol/local-time';
import { shiftDays } from '../queue/working-days';

export function businessDaysSpan(from: string, to: string, timezone: string): { start: number; end: number } {
  return { start: epochOfLocal(`${from}T00:00`, timezone), end: epochOfLocal(`${shiftDays(to, 1)}T00:00`, timezone) };
}

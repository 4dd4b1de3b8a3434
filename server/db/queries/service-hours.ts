/** SQL for a service's opening hours and limits (what service.setHours edits). */
import type { Db } from '../open';
import type { OpeningHoursText, ServiceHoursView } from '../../../protocol/hours';
import { statement } from './statement';

interface HoursRow {
  id: string; opening_hours: string | null; daily_limit: number | null; morning_limit: number | null; afternoon_limit: number | null;
}

/** The stored JSON was checked by the command schema before it was written. */
export function parseStoredHours(json: string | null): OpeningHoursText | null {
  return json === null ? null : (JSON.parse(json) as OpeningHoursText);
}

export function serviceHoursOf(db: Db, serviceId: string): ServiceHoursView | null {
  const r = statement(db, 'SELECT id, opening_hours, daily_limit, morning_limit, afternoon_limit FROM services WHERE id = ?')
    .get(serviceId) as HoursRow | undefined;
  if (!r) return null;
  return { serviceId: r.id, hours: parseStoredHours(r.opening_hours), dailyLimit: r.daily_limit,
    morningLimit: r.morning_limit, afternoonLimit: r.afternoon_limit };
}

export function saveServiceHours(db: Db, v: ServiceHoursView): void {
  statement(db, `UPDATE services SET opening_hours = ?, daily_limit = ?, morning_limit = ?, afternoon_limit = ? WHERE id = ?`)
    .run(v.hours === null ? null : JSON.stringify(v.hours), v.dailyLimit, v.morningLimit, v.afternoonLimit, v.serviceId);
}

/** Tickets of the service issued today before `instant` (the morning's, when `instant` is local noon). */
export function issuedBefore(db: Db, serviceId: string, today: string, instant: number): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM tickets WHERE service_id = ? AND business_day = ? AND arrived_at < ?')
    .get(serviceId, today, instant) as { n: number }).n;
}

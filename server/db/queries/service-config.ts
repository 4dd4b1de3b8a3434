/** Services as admins see them (disabled ones too, with hours, limits, shared prefixes and use). */
import type { Db } from '../open';
import type { ServiceAdminView } from '../../../protocol/structure';
import { statement } from './statement';
import { parseStoredHours } from './service-hours';
import { thresholdsOf } from './supervision';

interface ServiceRow {
  id: string; centre_id: string; name: string; name_mn: string; prefix: string; enabled: number; priority_offered: number;
  default_service_minutes: number; sort_order: number; opening_hours: string | null; daily_limit: number | null;
  morning_limit: number | null; afternoon_limit: number | null; tickets_today: number; used: number;
  wait_yellow_minutes: number; wait_red_minutes: number; service_yellow_minutes: number; service_red_minutes: number;
  idle_alert_minutes: number;
}

const SELECT = `SELECT s.*,
  (SELECT COUNT(*) FROM tickets t WHERE t.service_id = s.id AND t.business_day = ?) AS tickets_today,
  EXISTS (SELECT 1 FROM tickets t WHERE t.service_id = s.id) AS used
  FROM services s`;

function toView(db: Db, r: ServiceRow): ServiceAdminView {
  return {
    id: r.id, centreId: r.centre_id, name: r.name, nameMn: r.name_mn, prefix: r.prefix, enabled: r.enabled === 1,
    priorityOffered: r.priority_offered === 1, defaultServiceMinutes: r.default_service_minutes, sortOrder: r.sort_order,
    hours: parseStoredHours(r.opening_hours), dailyLimit: r.daily_limit, morningLimit: r.morning_limit,
    afternoonLimit: r.afternoon_limit, sharesPrefixWith: servicesWithPrefix(db, r.prefix, r.id),
    counterIds: (statement(db, 'SELECT counter_id FROM counter_services WHERE service_id = ? ORDER BY counter_id')
      .all(r.id) as { counter_id: number }[]).map((c) => c.counter_id),
    ticketsToday: r.tickets_today, used: r.used === 1, ...thresholdsOf(r),
  };
}

export function serviceAdminViews(db: Db, today: string): ServiceAdminView[] {
  return (statement(db, `${SELECT} ORDER BY s.centre_id, s.sort_order, s.id`).all(today) as ServiceRow[])
    .map((r) => toView(db, r));
}

export function serviceAdminView(db: Db, id: string, today: string): ServiceAdminView | null {
  const r = statement(db, `${SELECT} WHERE s.id = ?`).get(today, id) as ServiceRow | undefined;
  return r ? toView(db, r) : null;
}

/** The services (other than `exceptId`) that draw numbers from this prefix. */
export function servicesWithPrefix(db: Db, prefix: string, exceptId: string | null): string[] {
  return (statement(db, 'SELECT id FROM services WHERE prefix = ? AND id IS NOT ? ORDER BY id').all(prefix, exceptId) as
    { id: string }[]).map((r) => r.id);
}

export function serviceIdTaken(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM services WHERE id = ?').get(id) !== undefined;
}

/** The next free `service-<n>`, for a service created without an id. */
export function freeServiceId(db: Db): string {
  let n = (statement(db, 'SELECT COUNT(*) AS n FROM services').get() as { n: number }).n + 1;
  while (serviceIdTaken(db, `service-${n}`)) n += 1;
  return `service-${n}`;
}

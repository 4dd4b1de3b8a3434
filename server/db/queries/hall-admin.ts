/** Writes of the hall's structure: the demo seed and the admin console's centre, service and counter commands. */
import type { Db } from '../open';
import { statement } from './statement';
import type { CallPolicy } from '../../queue/types';
import type { OpeningHoursText } from '../../../protocol/hours';

export interface CentreFields { name: string; nameMn: string; icon: string; sortOrder: number; enabled: boolean }

export function insertCentre(db: Db, c: { id: string; name: string; nameMn: string; icon: string; sortOrder: number; enabled?: boolean }): void {
  statement(db, 'INSERT INTO centres (id, name, name_mn, icon, sort_order, enabled) VALUES (?, ?, ?, ?, ?, ?)')
    .run(c.id, c.name, c.nameMn, c.icon, c.sortOrder, c.enabled === false ? 0 : 1);
}

export function updateCentre(db: Db, id: string, c: CentreFields): void {
  statement(db, 'UPDATE centres SET name = ?, name_mn = ?, icon = ?, sort_order = ?, enabled = ? WHERE id = ?')
    .run(c.name, c.nameMn, c.icon, c.sortOrder, c.enabled ? 1 : 0, id);
}

export function deleteCentre(db: Db, id: string): void {
  statement(db, 'DELETE FROM centres WHERE id = ?').run(id);
}

export interface ServiceFields {
  centreId: string; name: string; nameMn: string; prefix: string; enabled: boolean; priorityOffered: boolean;
  defaultServiceMinutes: number; sortOrder: number;
}

export function insertService(db: Db, s: { id: string; centreId: string; name: string; nameMn: string; prefix: string;
  dailyLimit: number | null; hours: OpeningHoursText | null; defaultServiceMinutes: number; sortOrder: number;
  enabled?: boolean; priorityOffered?: boolean }): void {
  statement(db, `INSERT INTO services (id, centre_id, name, name_mn, prefix, daily_limit, opening_hours,
      default_service_minutes, sort_order, enabled, priority_offered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(s.id, s.centreId, s.name, s.nameMn, s.prefix, s.dailyLimit, s.hours === null ? null : JSON.stringify(s.hours),
      s.defaultServiceMinutes, s.sortOrder, s.enabled === false ? 0 : 1, s.priorityOffered === false ? 0 : 1);
}

export function updateService(db: Db, id: string, s: ServiceFields): void {
  statement(db, `UPDATE services SET centre_id = ?, name = ?, name_mn = ?, prefix = ?, enabled = ?, priority_offered = ?,
    default_service_minutes = ?, sort_order = ? WHERE id = ?`)
    .run(s.centreId, s.name, s.nameMn, s.prefix, s.enabled ? 1 : 0, s.priorityOffered ? 1 : 0, s.defaultServiceMinutes,
      s.sortOrder, id);
}

/** Removes a service nothing has used; its guide and counter links go with it. */
export function deleteService(db: Db, id: string): void {
  statement(db, 'DELETE FROM counter_services WHERE service_id = ?').run(id);
  statement(db, 'DELETE FROM service_guides WHERE service_id = ?').run(id);
  statement(db, 'DELETE FROM services WHERE id = ?').run(id);
}

export interface CounterFields { name: string; centreId: string; callPolicy: CallPolicy; serviceIds: string[]; enabled: boolean }

export function insertCounter(db: Db, c: { id: number; name: string; centreId: string; callPolicy: CallPolicy;
  serviceIds: string[]; enabled?: boolean }): void {
  statement(db, 'INSERT INTO counters (id, name, centre_id, call_policy, enabled) VALUES (?, ?, ?, ?, ?)')
    .run(c.id, c.name, c.centreId, c.callPolicy, c.enabled === false ? 0 : 1);
  linkServices(db, c.id, c.serviceIds);
}

export function updateCounter(db: Db, id: number, c: CounterFields): void {
  statement(db, 'UPDATE counters SET name = ?, centre_id = ?, call_policy = ?, enabled = ? WHERE id = ?')
    .run(c.name, c.centreId, c.callPolicy, c.enabled ? 1 : 0, id);
  statement(db, 'DELETE FROM counter_services WHERE counter_id = ?').run(id);
  linkServices(db, id, c.serviceIds);
}

/** The services a counter serves, in its order (counter_services.position). */
function linkServices(db: Db, counterId: number, serviceIds: readonly string[]): void {
  const link = statement(db, 'INSERT INTO counter_services (counter_id, service_id, position) VALUES (?, ?, ?)');
  serviceIds.forEach((serviceId, position) => link.run(counterId, serviceId, position));
}

/** Removes a counter nothing has used. */
export function deleteCounter(db: Db, id: number): void {
  statement(db, 'DELETE FROM counter_services WHERE counter_id = ?').run(id);
  statement(db, 'DELETE FROM counters WHERE id = ?').run(id);
}

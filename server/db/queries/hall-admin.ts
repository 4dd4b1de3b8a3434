/** Writes of the hall's structure (demo seeding and, later, the admin console). */
import type { Db } from '../open';
import { statement } from './statement';
import type { CallPolicy } from '../../queue/types';
import type { OpeningHoursText } from '../../../protocol/hours';

export function insertCentre(db: Db, c: { id: string; name: string; nameMn: string; icon: string; sortOrder: number }): void {
  statement(db, 'INSERT INTO centres (id, name, name_mn, icon, sort_order) VALUES (?, ?, ?, ?, ?)')
    .run(c.id, c.name, c.nameMn, c.icon, c.sortOrder);
}

export function insertService(db: Db, s: { id: string; centreId: string; name: string; nameMn: string; prefix: string;
  sequenceKey: string; dailyLimit: number | null; hours: OpeningHoursText | null; defaultServiceMinutes: number; sortOrder: number }): void {
  statement(db, `INSERT INTO services (id, centre_id, name, name_mn, prefix, sequence_key, daily_limit, opening_hours,
      default_service_minutes, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(s.id, s.centreId, s.name, s.nameMn, s.prefix, s.sequenceKey, s.dailyLimit, s.hours === null ? null : JSON.stringify(s.hours),
      s.defaultServiceMinutes, s.sortOrder);
}

export function insertCounter(db: Db, c: { id: number; name: string; centreId: string; callPolicy: CallPolicy;
  serviceIds: string[] }): void {
  statement(db, 'INSERT INTO counters (id, name, centre_id, call_policy) VALUES (?, ?, ?, ?)')
    .run(c.id, c.name, c.centreId, c.callPolicy);
  const link = statement(db, 'INSERT INTO counter_services (counter_id, service_id, position) VALUES (?, ?, ?)');
  c.serviceIds.forEach((serviceId, position) => link.run(c.id, serviceId, position));
}

/**
 * SQL for the hall's structure: centres, services, counters and their service lists.
 */
import type { Db } from '../open';
import { rawStatement, statement } from './statement';
import type { CentreView, CounterStatus } from '../../../protocol/views';
import type { CallPolicy, Counter, CounterEventType, ServiceRule } from '../../queue/types';
import { readOpeningHours } from '../../queue';
import type { OpeningHours } from '../../queue/types';
import { parseStoredHours } from './service-hours';

export interface ServiceRecord extends ServiceRule {
  name: string;
  nameMn: string;
  sortOrder: number;
}

export interface CounterRecord extends Counter {
  name: string;
  /** A disabled counter cannot be opened; it stays for the history that names it. */
  enabled: boolean;
}

/** The columns a service record is read from, in the order `toService` takes them (rows as arrays, as tickets.ts says why). */
const SERVICE_COLUMNS = `s.id, s.centre_id, s.name, s.name_mn, s.prefix, s.daily_limit, s.morning_limit, s.afternoon_limit,
  s.opening_hours, s.enabled, c.enabled, s.priority_offered, s.default_service_minutes, s.sort_order`;

type ServiceTuple = [
  id: string, centreId: string, name: string, nameMn: string, prefix: string, dailyLimit: number | null,
  morningLimit: number | null, afternoonLimit: number | null, openingHours: string | null, enabled: number,
  centreEnabled: number, priorityOffered: number, defaultServiceMinutes: number, sortOrder: number,
];

/**
 * Opening hours as read from their stored text, kept per text: every ticket issued reads its service, and
 * parsing the timetables each time cost more than the row itself. A changed timetable is a new text, so
 * nothing stale is ever served; the read hours are readonly, shared by all who ask.
 */
const hoursByText = new Map<string, OpeningHours>();
const HOURS_KEPT = 256;

function hoursOf(text: string | null): OpeningHours {
  if (text === null) return null;
  let hours = hoursByText.get(text);
  if (hours === undefined) {
    if (hoursByText.size >= HOURS_KEPT) hoursByText.clear();
    hours = readOpeningHours(parseStoredHours(text));
    hoursByText.set(text, hours);
  }
  return hours;
}

function toService(r: ServiceTuple): ServiceRecord {
  const [id, centreId, name, nameMn, prefix, dailyLimit, morningLimit, afternoonLimit, openingHours, enabled, centreEnabled,
    priorityOffered, defaultServiceMinutes, sortOrder] = r;
  return {
    id, centreId, name, nameMn, prefix, dailyLimit, morningLimit, afternoonLimit, hours: hoursOf(openingHours),
    // Residents are offered a service only while it and its centre are both enabled (the one place this is decided).
    enabled: enabled === 1 && centreEnabled === 1,
    priorityOffered: priorityOffered === 1, defaultServiceMinutes, sortOrder,
  };
}

interface CentreRow { id: string; name: string; nameMn: string; icon: string; sortOrder: number; enabled: number }

export function listCentres(db: Db): CentreView[] {
  return (statement(db, `SELECT id, name, name_mn AS nameMn, icon, sort_order AS sortOrder, enabled FROM centres
    ORDER BY sort_order, id`).all() as CentreRow[]).map((r) => ({ ...r, enabled: r.enabled === 1 }));
}

const SERVICE_SELECT = `SELECT ${SERVICE_COLUMNS} FROM services s JOIN centres c ON c.id = s.centre_id`;

export function listServices(db: Db): ServiceRecord[] {
  return (rawStatement(db, `${SERVICE_SELECT} ORDER BY s.sort_order, s.id`).all() as ServiceTuple[]).map(toService);
}

export function serviceById(db: Db, id: string): ServiceRecord | null {
  const r = rawStatement(db, `${SERVICE_SELECT} WHERE s.id = ?`).get(id) as ServiceTuple | undefined;
  return r ? toService(r) : null;
}

/**
 * A counter's services in its own order (the order its desk and 叫下一位 follow), as a JSON array, for
 * a query over `counters c`: the one place that order is stated.
 */
export const COUNTER_SERVICE_IDS = '(SELECT json_group_array(service_id ORDER BY position) FROM counter_services WHERE counter_id = c.id)';

/** The columns a counter record is read from, in the order `toCounter` takes them. */
const COUNTER_SELECT = `SELECT c.id, c.name, c.centre_id, c.call_policy, c.status, c.staff_id, c.enabled, ${COUNTER_SERVICE_IDS} FROM counters c`;

type CounterTuple = [id: number, name: string, centreId: string, callPolicy: string, status: string, staffId: number | null, enabled: number,
  serviceIds: string];

function toCounter([id, name, centreId, callPolicy, status, staffId, enabled, serviceIds]: CounterTuple): CounterRecord {
  return { id, name, centreId, callPolicy: callPolicy as CallPolicy, status: status as CounterStatus, staffId,
    serviceIds: JSON.parse(serviceIds) as string[], enabled: enabled === 1 };
}

export function listCounters(db: Db): CounterRecord[] {
  return (rawStatement(db, `${COUNTER_SELECT} ORDER BY c.id`).all() as CounterTuple[]).map(toCounter);
}

export function counterById(db: Db, id: number): CounterRecord | null {
  const r = rawStatement(db, `${COUNTER_SELECT} WHERE c.id = ?`).get(id) as CounterTuple | undefined;
  return r ? toCounter(r) : null;
}

export function saveCounterState(db: Db, c: Counter): void {
  statement(db, 'UPDATE counters SET status = ?, staff_id = ? WHERE id = ?').run(c.status, c.staffId, c.id);
}

export function appendCounterEvent(db: Db, counterId: number, type: CounterEventType, at: number, userId: number | null): void {
  statement(db, 'INSERT INTO counter_events (counter_id, type, at, user_id) VALUES (?, ?, ?, ?)')
    .run(counterId, type, at, userId);
}

/** When the counter was last opened (logged in at), or null if it never was. */
export function lastOpenedAt(db: Db, counterId: number): number | null {
  const r = statement(db, "SELECT MAX(at) AS at FROM counter_events WHERE counter_id = ? AND type = 'opened'")
    .get(counterId) as { at: number | null } | undefined;
  return r?.at ?? null;
}

/** Counter ids serving each service, for slips and the kiosk. */
export function countersByService(db: Db): Map<string, number[]> {
  const rows = statement(db, 'SELECT service_id, counter_id FROM counter_services ORDER BY counter_id')
    .all() as { service_id: string; counter_id: number }[];
  const map = new Map<string, number[]>();
  for (const r of rows) map.set(r.service_id, [...(map.get(r.service_id) ?? []), r.counter_id]);
  return map;
}

export function countersOfService(db: Db, serviceId: string): number[] {
  return (statement(db, 'SELECT counter_id FROM counter_services WHERE service_id = ? ORDER BY counter_id')
    .all(serviceId) as { counter_id: number }[]).map((r) => r.counter_id);
}

export function openCounterCount(db: Db, serviceId: string): number {
  return (statement(db, `SELECT COUNT(*) AS n FROM counters c JOIN counter_services cs ON cs.counter_id = c.id
    WHERE cs.service_id = ? AND c.status = 'open'`).get(serviceId) as { n: number }).n;
}

export function hallIsEmpty(db: Db): boolean {
  return (statement(db, 'SELECT COUNT(*) AS n FROM centres').get() as { n: number }).n === 0;
}

/**
 * SQL for the supervisors' live board: the hall's structure with each service's limits, and today's
 * tickets summed per service and counter (bounded by the business day, read through its index).
 */
import type { Db } from '../open';
import type { SupervisionThresholds } from '../../../protocol/supervision';
import type { CounterStatus } from '../../../protocol/views';
import type { CallPolicy } from '../../queue/types';
import type { BoardCounterInput, BoardServiceInput, BoardDaySums } from '../../supervision/board';
import { statement } from './statement';
import { COUNTER_SERVICE_IDS } from './hall';

interface ThresholdRow {
  wait_yellow_minutes: number; wait_red_minutes: number; service_yellow_minutes: number; service_red_minutes: number;
  idle_alert_minutes: number;
}

export function thresholdsOf(r: ThresholdRow): SupervisionThresholds {
  return {
    waitYellowMinutes: r.wait_yellow_minutes, waitRedMinutes: r.wait_red_minutes, serviceYellowMinutes: r.service_yellow_minutes,
    serviceRedMinutes: r.service_red_minutes, idleAlertMinutes: r.idle_alert_minutes,
  };
}

export function saveThresholds(db: Db, serviceId: string, t: SupervisionThresholds): void {
  statement(db, `UPDATE services SET wait_yellow_minutes = ?, wait_red_minutes = ?, service_yellow_minutes = ?,
    service_red_minutes = ?, idle_alert_minutes = ? WHERE id = ?`)
    .run(t.waitYellowMinutes, t.waitRedMinutes, t.serviceYellowMinutes, t.serviceRedMinutes, t.idleAlertMinutes, serviceId);
}

/** The centres residents are offered (a disabled centre is not supervised). */
export function boardCentres(db: Db): { id: string; name: string }[] {
  return statement(db, 'SELECT id, name FROM centres WHERE enabled = 1 ORDER BY sort_order, id').all() as { id: string; name: string }[];
}

/** The services residents are offered, with their limits. */
export function boardServices(db: Db): BoardServiceInput[] {
  const rows = statement(db, `SELECT s.* FROM services s JOIN centres c ON c.id = s.centre_id
    WHERE s.enabled = 1 AND c.enabled = 1 ORDER BY s.sort_order, s.id`).all() as
    (ThresholdRow & { id: string; centre_id: string; name: string })[];
  return rows.map((r) => ({ id: r.id, centreId: r.centre_id, name: r.name, thresholds: thresholdsOf(r) }));
}

interface CounterRow {
  id: number; name: string; centre_id: string; call_policy: string; status: string; staff_id: number | null;
  staff_name: string | null; service_ids: string;
}

/** The counters in use (enabled), with who is logged in and the services each serves in order. */
export function boardCounters(db: Db): BoardCounterInput[] {
  const rows = statement(db, `SELECT c.id, c.name, c.centre_id, c.call_policy, c.status, c.staff_id, u.display_name AS staff_name,
      ${COUNTER_SERVICE_IDS} AS service_ids
    FROM counters c LEFT JOIN users u ON u.id = c.staff_id WHERE c.enabled = 1 ORDER BY c.id`).all() as CounterRow[];
  return rows.map((r) => ({
    id: r.id, name: r.name, centreId: r.centre_id, callPolicy: r.call_policy as CallPolicy, status: r.status as CounterStatus,
    staffId: r.staff_id, staffName: r.staff_name, serviceIds: JSON.parse(r.service_ids) as string[],
  }));
}

/** Today's tickets summed per service and counter: served, waits of those called, service times of those finished. */
export function daySums(db: Db, today: string): BoardDaySums[] {
  return statement(db, `SELECT service_id AS serviceId, counter_id AS counterId,
      SUM(status = 'finished') AS served,
      COUNT(called_at) AS called,
      COALESCE(SUM(called_at - arrived_at), 0) AS waitSumMs,
      SUM(status = 'finished' AND started_at IS NOT NULL) AS timed,
      COALESCE(SUM(CASE WHEN status = 'finished' THEN finished_at - started_at END), 0) AS serviceSumMs
    FROM tickets WHERE business_day = ? GROUP BY service_id, counter_id`).all(today) as BoardDaySums[];
}

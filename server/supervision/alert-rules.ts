/**
 * Which alert conditions hold on a board: pure, the time passed in. A condition is named by its kind
 * and subject; while it holds it is one alert (./alert-sync.ts stores it once and clears it when it ends).
 *
 * - counter_idle: a counter has stood idle while people wait for it at least as long as the shortest
 *   idle limit among the services it serves for which someone waits;
 * - wait_red: a service's longest current wait has reached its red limit;
 * - printer_down: a printer's state stops slips (paper out, cover open, offline, an error), once it has been
 *   checked since the start (until then every printer counts as offline);
 * - device_offline: a device seen before has had no connection for OFFLINE_GRACE_MS while the hall is
 *   at work (a counter open or paused), so devices switched off at night raise nothing.
 */
import type { AlertFacts, SupervisionBoard } from '../../protocol/supervision';
import type { DeviceKind } from '../../protocol/views';
import { MINUTE_MS } from './lights';

/** A connection that drops and comes back within this is a reconnect, not a device offline. */
export const OFFLINE_GRACE_MS = 2 * MINUTE_MS;

export interface AlertCondition {
  subject: string;
  facts: AlertFacts;
}

export interface WatchedDevice {
  id: number;
  name: string;
  kind: DeviceKind;
  online: boolean;
  lastSeenAt: number | null;
}

export const CONDITION_KINDS = ['counter_idle', 'wait_red', 'printer_down', 'device_offline'] as const satisfies readonly AlertFacts['kind'][];

export function alertConditions(board: SupervisionBoard, devices: readonly WatchedDevice[]): AlertCondition[] {
  const now = board.at;
  const services = new Map(board.services.map((s) => [s.serviceId, s]));
  const conditions: AlertCondition[] = [];
  for (const c of board.counters) {
    if (c.idleSince === null) continue;
    const limits = c.serviceIds.flatMap((id) => {
      const s = services.get(id);
      return s && s.waiting > 0 ? [s.thresholds.idleAlertMinutes] : [];
    });
    if (limits.length === 0 || now - c.idleSince < Math.min(...limits) * MINUTE_MS) continue;
    conditions.push({ subject: `counter:${c.id}`,
      facts: { kind: 'counter_idle', details: { counterId: c.id, counterName: c.name, waiting: c.waitingForIt, idleSince: c.idleSince } } });
  }
  for (const s of board.services) {
    if (s.waitLight !== 'red' || s.longestWaitMs === null) continue;
    conditions.push({ subject: `service:${s.serviceId}`, facts: { kind: 'wait_red', details: { serviceId: s.serviceId,
      serviceName: s.name, waiting: s.waiting, longestWaitMs: s.longestWaitMs, redMinutes: s.thresholds.waitRedMinutes } } });
  }
  for (const p of board.printers) {
    if (p.working || p.checkedAt === 0) continue;
    conditions.push({ subject: `printer:${p.printerId}`,
      facts: { kind: 'printer_down', details: { printerId: p.printerId, printerName: p.name, state: p.state } } });
  }
  const atWork = board.hall.counters.open + board.hall.counters.paused > 0;
  for (const d of devices) {
    if (!atWork || d.online || d.lastSeenAt === null || now - d.lastSeenAt < OFFLINE_GRACE_MS) continue;
    conditions.push({ subject: `device:${d.id}`,
      facts: { kind: 'device_offline', details: { deviceId: d.id, deviceName: d.name, deviceKind: d.kind, lastSeenAt: d.lastSeenAt } } });
  }
  return conditions;
}

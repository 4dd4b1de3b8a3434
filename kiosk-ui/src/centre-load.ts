import type { HallSnapshot } from '../../protocol/views';
import { loadOf, servicesOfCentre } from '../../ui-kit/hall-queries';

export interface CentreLoad {
  waiting: number;
  /** The longest estimated wait among the centre's services with people waiting; 0 when nobody waits. */
  longestEstimateMinutes: number;
  /** Open windows serving any of the centre's services now. */
  windowsOpen: number;
}

/**
 * What a centre's tile says about its queues. The longest wait is shown rather than an average: a
 * resident planning the morning is better served by the pessimistic figure.
 */
export function centreLoad(snapshot: HallSnapshot, centreId: string): CentreLoad {
  let waiting = 0;
  let longest = 0;
  for (const service of servicesOfCentre(snapshot, centreId)) {
    const load = loadOf(snapshot, service.id);
    if (!load) continue;
    waiting += load.waiting;
    if (load.waiting > 0) longest = Math.max(longest, load.estimateMinutes);
  }
  const services = new Set(servicesOfCentre(snapshot, centreId).map((s) => s.id));
  const windowsOpen = snapshot.counters.filter((c) => c.status === 'open' && c.serviceIds.some((id) => services.has(id))).length;
  return { waiting, longestEstimateMinutes: longest, windowsOpen };
}

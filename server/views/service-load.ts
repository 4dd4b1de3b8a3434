import type { Db } from '../db/open';
import type { ServiceLoad } from '../../protocol/views';
import type { ServiceRecord } from '../db/queries/hall';
import { listServices, openCounterCount, serviceById } from '../db/queries/hall';
import { serviceCounts, recentServiceMinutes } from '../db/queries/tickets';
import { averageServiceMinutes, estimateWaitMinutes, isOpenAt } from '../queue';

/** Estimated minutes for `ahead` people in a service, from recent service times and open counters. */
export function estimateFor(db: Db, service: ServiceRecord, ahead: number): number {
  const avg = averageServiceMinutes(recentServiceMinutes(db, service.id), service.defaultServiceMinutes);
  return estimateWaitMinutes(ahead, avg, openCounterCount(db, service.id));
}

function closedReason(service: ServiceRecord, issued: number, now: number, timezone: string): ServiceLoad['closedReason'] {
  if (!service.enabled) return 'SERVICE_DISABLED';
  if (!isOpenAt(service.hours, now, timezone)) return 'SERVICE_CLOSED';
  if (service.dailyLimit !== null && issued >= service.dailyLimit) return 'DAILY_LIMIT_REACHED';
  return null;
}

/** Loads of the given services (all when `only` is omitted). */
export function serviceLoads(db: Db, today: string, now: number, timezone: string, only?: ReadonlySet<string>): ServiceLoad[] {
  // A broadcast after one call asks for one or two services: count only those, not the whole hall.
  const counts = new Map(serviceCounts(db, today, only ? [...only] : undefined).map((c) => [c.serviceId, c]));
  const services = only
    ? [...only].map((id) => serviceById(db, id)).filter((s): s is ServiceRecord => s !== null)
    : listServices(db);
  return services.map((s) => {
    const c = counts.get(s.id) ?? { waiting: 0, issued: 0 };
    return {
      serviceId: s.id,
      waiting: c.waiting,
      estimateMinutes: estimateFor(db, s, c.waiting),
      issuedToday: c.issued,
      closedReason: closedReason(s, c.issued, now, timezone),
    };
  });
}

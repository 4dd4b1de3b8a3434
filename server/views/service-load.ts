import type { Db } from '../db/open';
import type { ServiceLoad } from '../../protocol/views';
import type { ServiceRecord } from '../db/queries/hall';
import { listServices, openCounterCount, serviceById } from '../db/queries/hall';
import { serviceCounts, recentServiceMinutes } from '../db/queries/tickets';
import { averageServiceMinutes, closedReason, estimateWaitMinutes, isAfternoon, localNoon, type QueueSettings } from '../queue';
import { workingCalendar } from '../db/queries/calendar';
import { issuedBefore } from '../db/queries/service-hours';

/** What the loads need of the hall's settings: its zone, and whether it is the demo hall. */
export type OpeningSettings = Pick<QueueSettings, 'timezone' | 'demoMode'>;

/** Estimated minutes for `ahead` people in a service, from recent service times and open counters. */
export function estimateFor(db: Db, service: ServiceRecord, ahead: number): number {
  const avg = averageServiceMinutes(recentServiceMinutes(db, service.id), service.defaultServiceMinutes);
  return estimateWaitMinutes(ahead, avg, openCounterCount(db, service.id));
}

/**
 * Of `issued` tickets today, those of the half day `now` is in; counted only for a service with a
 * half-day limit (the others never need it).
 */
export function issuedThisHalf(db: Db, service: ServiceRecord, today: string, now: number, issued: number, timezone: string): number {
  if (service.morningLimit === null && service.afternoonLimit === null) return 0;
  const morning = issuedBefore(db, service.id, today, localNoon(now, timezone));
  return isAfternoon(now, timezone) ? issued - morning : morning;
}

/** Loads of the given services (all when `only` is omitted). */
export function serviceLoads(db: Db, today: string, now: number, settings: OpeningSettings, only?: ReadonlySet<string>): ServiceLoad[] {
  const calendar = workingCalendar(db, today, today);
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
      closedReason: closedReason({ service: s, settings, now, calendar },
        { issuedToday: c.issued, issuedThisHalf: issuedThisHalf(db, s, today, now, c.issued, settings.timezone) }),
    };
  });
}

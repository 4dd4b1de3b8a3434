/**
 * Questions the screens ask of a hall snapshot. Pure functions, shared by the kiosk and the display.
 * The lists offer residents only what is enabled (a disabled centre or service disappears); the `find…`
 * lookups name anything, so a waiting ticket of a service disabled today still shows its name.
 */
import type { CentreView, CounterView, HallSnapshot, ServiceLoad, ServiceView } from '../protocol/views';

/** The enabled centres, in kiosk order. */
export function centresInOrder(snapshot: HallSnapshot): CentreView[] {
  return snapshot.centres.filter((c) => c.enabled).sort((a, b) => a.sortOrder - b.sortOrder);
}

/** The services of the centre offered to residents (ServiceView.enabled: it and its centre are enabled), in kiosk order. */
export function servicesOfCentre(snapshot: HallSnapshot, centreId: string): ServiceView[] {
  return snapshot.services.filter((s) => s.centreId === centreId && s.enabled);
}

export function loadOf(snapshot: HallSnapshot, serviceId: string): ServiceLoad | null {
  return snapshot.loads.find((l) => l.serviceId === serviceId) ?? null;
}

export function waitingInCentre(snapshot: HallSnapshot, centreId: string): number {
  let total = 0;
  for (const service of servicesOfCentre(snapshot, centreId)) total += loadOf(snapshot, service.id)?.waiting ?? 0;
  return total;
}

/** Open counters (not paused, not closed) that serve the service, by number. */
export function countersServing(snapshot: HallSnapshot, serviceId: string): CounterView[] {
  return snapshot.counters
    .filter((c) => c.status === 'open' && c.serviceIds.includes(serviceId))
    .sort((a, b) => a.id - b.id);
}

export function findService(snapshot: HallSnapshot, serviceId: string): ServiceView | null {
  return snapshot.services.find((s) => s.id === serviceId) ?? null;
}

export function findCentre(snapshot: HallSnapshot, centreId: string): CentreView | null {
  return snapshot.centres.find((c) => c.id === centreId) ?? null;
}

/**
 * The hall as one device shows it, from its snapshot's own `device`: a kiosk only the centres it offers
 * (all when it lists none); a display only its scope — one counter (its window display), one centre, or
 * the whole hall. Pure and framework-free: the kiosk and the display apply it to every state of their
 * hall stream, so live calls and loads outside the scope never show, and a changed binding shows with
 * the next snapshot (which every configuration change brings).
 */
import type { CallView, HallSnapshot } from '../views';

export function scopedSnapshot(snapshot: HallSnapshot): HallSnapshot {
  const device = snapshot.device;
  if (!device) return snapshot;
  if (device.kind === 'kiosk') return device.centreIds.length > 0 ? onlyCentres(snapshot, new Set(device.centreIds)) : snapshot;
  if (device.kind === 'display' && device.counterId !== null) return onlyCounter(snapshot, device.counterId);
  if (device.kind === 'display' && device.centreId !== null) return onlyCentres(snapshot, new Set([device.centreId]));
  return snapshot;
}

function onlyCentres(snapshot: HallSnapshot, centreIds: ReadonlySet<string>): HallSnapshot {
  const services = snapshot.services.filter((s) => centreIds.has(s.centreId));
  const serviceIds = new Set(services.map((s) => s.id));
  const counters = snapshot.counters.filter((c) => centreIds.has(c.centreId));
  const counterIds = new Set(counters.map((c) => c.id));
  // A call belongs to the centre of its counter (a transferred ticket is called where it is served).
  const inScope = (call: CallView): boolean => counterIds.has(call.counterId);
  return {
    ...snapshot,
    centres: snapshot.centres.filter((c) => centreIds.has(c.id)),
    services,
    loads: snapshot.loads.filter((l) => serviceIds.has(l.serviceId)),
    counters,
    recentCalls: snapshot.recentCalls.filter(inScope),
  };
}

function onlyCounter(snapshot: HallSnapshot, counterId: number): HallSnapshot {
  const counter = snapshot.counters.find((c) => c.id === counterId);
  const serviceIds = new Set(counter?.serviceIds ?? []);
  return {
    ...snapshot,
    centres: snapshot.centres.filter((c) => c.id === counter?.centreId),
    services: snapshot.services.filter((s) => serviceIds.has(s.id)),
    loads: snapshot.loads.filter((l) => serviceIds.has(l.serviceId)),
    counters: counter ? [counter] : [],
    recentCalls: snapshot.recentCalls.filter((call) => call.counterId === counterId),
  };
}

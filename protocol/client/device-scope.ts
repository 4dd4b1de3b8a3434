/**
 * The hall as one device shows it, from its snapshot's own `device`: a kiosk only the centres it offers
 * (all when it lists none); a display only its scope (protocol/display-kind.ts states what each display
 * kind shows; the server already sends a display nothing else, and applying the rule again here changes
 * nothing). Pure and framework-free: the kiosk and the display apply it to every state of their hall
 * stream, and a changed binding shows with the next snapshot (which every configuration change brings).
 */
import type { HallSnapshot } from '../views';
import { displayScopeOf, scopeMembers, scopeSnapshot } from '../display-kind';

export function scopedSnapshot(snapshot: HallSnapshot): HallSnapshot {
  const device = snapshot.device;
  if (!device) return snapshot;
  if (device.kind === 'kiosk') return device.centreIds.length > 0 ? onlyCentres(snapshot, new Set(device.centreIds)) : snapshot;
  if (device.kind === 'display') return scopeSnapshot(snapshot, scopeMembers(displayScopeOf(device), snapshot));
  return snapshot;
}

function onlyCentres(snapshot: HallSnapshot, centreIds: ReadonlySet<string>): HallSnapshot {
  const services = snapshot.services.filter((s) => centreIds.has(s.centreId));
  const counters = snapshot.counters.filter((c) => centreIds.has(c.centreId));
  const counterIds = new Set(counters.map((c) => c.id));
  return {
    ...snapshot,
    centres: snapshot.centres.filter((c) => centreIds.has(c.id)),
    services,
    loads: snapshot.loads.filter((l) => services.some((s) => s.id === l.serviceId)),
    counters,
    recentCalls: snapshot.recentCalls.filter((call) => counterIds.has(call.counterId)),
  };
}

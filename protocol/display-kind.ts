/**
 * What kind of display a display device is, and the one rule for what each kind shows of the hall.
 *
 * - hall: every centre, service, counter and call (综合屏).
 * - centre: one centre's services, counters and the calls made at its counters.
 * - window: one counter (窗口屏): its window, who works there, the number in hand and its next numbers.
 * - compact: a small screen (800×480, strip screens such as 1280×400): the calls of the whole hall, or of
 *   one centre when it names one, in a layout without the waiting board.
 *
 * The server sends each display only its scope (snapshot and events, through `scopeSnapshot` and
 * `scopeEvent`), so a centre display never even receives another centre's counters.
 */
import type { CounterChange, HallEvent, ServiceLoadChange } from './events';
import type { CallView, CounterView, DisplayKind, HallSnapshot, ServiceLoad, ServiceView } from './views';

export type { DisplayKind } from './views';


/** What a display is tied to, as its device record holds it. */
export interface DisplayBinding {
  displayKind: DisplayKind | null;
  centreId: string | null;
  counterId: number | null;
}

/** The part of the hall a display receives. */
export type DisplayScope = { kind: 'hall' } | { kind: 'centre'; centreId: string } | { kind: 'counter'; counterId: number };

/** The kind a display takes when none is named: the one its links imply (a counter: window; a centre: centre). */
export function impliedDisplayKind(binding: Omit<DisplayBinding, 'displayKind'>): DisplayKind {
  if (binding.counterId !== null) return 'window';
  return binding.centreId !== null ? 'centre' : 'hall';
}

/** The binding fields that do not fit the display kind (named for the form), or [] when it fits. */
export function displayKindProblems(binding: DisplayBinding): ('centreId' | 'counterId')[] {
  switch (binding.displayKind ?? impliedDisplayKind(binding)) {
    case 'hall':
      return [...(binding.centreId !== null ? ['centreId' as const] : []), ...(binding.counterId !== null ? ['counterId' as const] : [])];
    case 'centre':
      return binding.centreId === null || binding.counterId !== null ? [binding.centreId === null ? 'centreId' : 'counterId'] : [];
    case 'window':
      return binding.counterId === null || binding.centreId !== null ? [binding.counterId === null ? 'counterId' : 'centreId'] : [];
    case 'compact':
      return binding.counterId !== null ? ['counterId'] : [];
  }
}

export function displayScopeOf(binding: DisplayBinding): DisplayScope {
  if (binding.counterId !== null) return { kind: 'counter', counterId: binding.counterId };
  if (binding.centreId !== null) return { kind: 'centre', centreId: binding.centreId };
  return { kind: 'hall' };
}

/** The counters and services inside a scope (null for the whole hall: everything is inside). */
export interface ScopeMembers {
  centreIds: ReadonlySet<string>;
  counterIds: ReadonlySet<number>;
  serviceIds: ReadonlySet<string>;
}

export function scopeMembers(scope: DisplayScope, hall: { counters: readonly Pick<CounterView, 'id' | 'centreId' | 'serviceIds'>[];
  services: readonly Pick<ServiceView, 'id' | 'centreId'>[] }): ScopeMembers | null {
  if (scope.kind === 'hall') return null;
  if (scope.kind === 'centre') {
    return {
      centreIds: new Set([scope.centreId]),
      counterIds: new Set(hall.counters.filter((c) => c.centreId === scope.centreId).map((c) => c.id)),
      serviceIds: new Set(hall.services.filter((s) => s.centreId === scope.centreId).map((s) => s.id)),
    };
  }
  const counter = hall.counters.find((c) => c.id === scope.counterId);
  return {
    centreIds: new Set(counter ? [counter.centreId] : []),
    counterIds: new Set(counter ? [counter.id] : []),
    serviceIds: new Set(counter?.serviceIds ?? []),
  };
}

/** A call belongs to the scope of its counter (a transferred ticket is called where it is served). */
const callIn = (members: ScopeMembers) => (call: CallView): boolean => members.counterIds.has(call.counterId);

export function scopeSnapshot(snapshot: HallSnapshot, members: ScopeMembers | null): HallSnapshot {
  if (!members) return snapshot;
  return {
    ...snapshot,
    centres: snapshot.centres.filter((c) => members.centreIds.has(c.id)),
    services: snapshot.services.filter((s) => members.serviceIds.has(s.id)),
    loads: snapshot.loads.filter((l: ServiceLoad) => members.serviceIds.has(l.serviceId)),
    counters: snapshot.counters.filter((c) => members.counterIds.has(c.id)),
    recentCalls: snapshot.recentCalls.filter(callIn(members)),
    // Printers and their alerts are for kiosks and staff; a scoped display has none to show.
    printers: [],
  };
}

/**
 * The event as a scoped display receives it: the same epoch and sequence number (so it still sees
 * every step and never a gap), with only the call, loads and counters inside its scope.
 */
export function scopeEvent(event: HallEvent, members: ScopeMembers | null): HallEvent {
  if (!members) return event;
  const { epoch, seq, call, loads, counters, config } = event;
  const inLoads = loads?.filter((l: ServiceLoadChange) => members.serviceIds.has(l.serviceId)) ?? [];
  const inCounters = counters?.filter((c: CounterChange) => members.counterIds.has(c.id)) ?? [];
  return {
    epoch, seq,
    ...(call && callIn(members)(call) ? { call } : {}),
    ...(inLoads.length ? { loads: inLoads } : {}),
    ...(inCounters.length ? { counters: inCounters } : {}),
    ...(config ? { config } : {}),
  };
}

/** How many of its next numbers a window display shows (and the server sends it). */
export const WINDOW_NEXT_SHOWN = 5;

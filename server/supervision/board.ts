/**
 * The live board (电子监察), computed from what the hall holds now: pure, no I/O, the time passed in. Its
 * inputs are read in ./board-inputs.ts. Today's figures come from today's tickets only (the business
 * day), so they cost the same in a hall with ten years of history as in a new one.
 *
 * Definitions: a wait runs from arrival to the call (the ticket row keeps the latest call); a service
 * from its start to its finish. A counter stands idle while people wait when it is open (not paused),
 * has nobody called or in service, and someone waits whom it may call; it has stood so since the first
 * board that saw it so (`idleSince` of the board before).
 */
import type {
  BoardCentre, BoardCounter, BoardPrinter, BoardService, CounterCounts, DeviceCounts, Light, OnlineCount, QueueFigures,
  SupervisionBoard, SupervisionThresholds,
} from '../../protocol/supervision';
import type { PrinterStateView } from '../../protocol/printing';
import type { DeviceKind } from '../../protocol/views';
import type { Counter, Ticket } from '../queue/types';
import { currentOf, isCallableBy } from '../queue';
import { serviceLight, waitLight, worstOf } from './lights';

export interface BoardServiceInput {
  id: string;
  centreId: string;
  name: string;
  thresholds: SupervisionThresholds;
}

export interface BoardCounterInput extends Counter {
  name: string;
  staffName: string | null;
}

/** Today's tickets of one service at one counter (null: never at a counter), summed. */
export interface BoardDaySums {
  serviceId: string;
  counterId: number | null;
  served: number;
  /** Tickets called today, and their waits (arrival to call) summed. */
  called: number;
  waitSumMs: number;
  /** Finished tickets with a start, and their service times summed. */
  timed: number;
  serviceSumMs: number;
}

export interface BoardDevice {
  id: number;
  kind: DeviceKind;
  /** The one centre it belongs to, if it belongs to one. */
  centreId: string | null;
  online: boolean;
}

export interface BoardInputs {
  now: number;
  businessDay: string;
  centres: readonly { id: string; name: string }[];
  services: readonly BoardServiceInput[];
  counters: readonly BoardCounterInput[];
  /** Today's open tickets: waiting, or in hand at a counter. */
  open: readonly Ticket[];
  day: readonly BoardDaySums[];
  devices: readonly BoardDevice[];
  printers: readonly Pick<PrinterStateView, 'printerId' | 'name' | 'state' | 'checkedAt'>[];
  /** Counters idle while people wait on the board before, and since when. */
  idleSince: ReadonlyMap<number, number>;
}

/** Figures summed over several services (a centre, the hall) before they become averages. */
interface Sums {
  waiting: number;
  oldestArrivedAt: number | null;
  served: number;
  called: number;
  waitSumMs: number;
  timed: number;
  serviceSumMs: number;
  waitLights: Light[];
  serviceLights: Light[];
}

const emptySums = (): Sums => ({
  waiting: 0, oldestArrivedAt: null, served: 0, called: 0, waitSumMs: 0, timed: 0, serviceSumMs: 0, waitLights: [], serviceLights: [],
});

function addSums(into: Sums, more: Sums): void {
  into.waiting += more.waiting;
  into.oldestArrivedAt = earliest(into.oldestArrivedAt, more.oldestArrivedAt);
  into.served += more.served;
  into.called += more.called;
  into.waitSumMs += more.waitSumMs;
  into.timed += more.timed;
  into.serviceSumMs += more.serviceSumMs;
  into.waitLights.push(...more.waitLights);
  into.serviceLights.push(...more.serviceLights);
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

const average = (sum: number, n: number): number | null => (n > 0 ? Math.round(sum / n) : null);

function figuresOf(s: Sums, now: number): QueueFigures {
  return {
    waiting: s.waiting,
    longestWaitMs: s.oldestArrivedAt === null ? null : Math.max(0, now - s.oldestArrivedAt),
    servedToday: s.served,
    averageWaitMs: average(s.waitSumMs, s.called),
    averageServiceMs: average(s.serviceSumMs, s.timed),
    waitLight: worstOf(s.waitLights),
    serviceLight: worstOf(s.serviceLights),
  };
}

const noDevices = (): DeviceCounts => ({ kiosk: { online: 0, total: 0 }, display: { online: 0, total: 0 }, 'rating-pad': { online: 0, total: 0 } });

function countDevice(counts: DeviceCounts, d: BoardDevice): void {
  counts[d.kind].total += 1;
  if (d.online) counts[d.kind].online += 1;
}

function countCounter(counts: CounterCounts, c: BoardCounter): void {
  counts[c.status] += 1;
  if (c.idleSince !== null) counts.idleWhileWaiting += 1;
}

const noCounters = (): CounterCounts => ({ open: 0, paused: 0, closed: 0, idleWhileWaiting: 0 });

/** How long the resident in hand has been served, when the counter is serving. */
function inServiceMs(current: Ticket | null, now: number): number | null {
  return current?.status === 'serving' && current.startedAt !== null ? now - current.startedAt : null;
}

function boardCounter(c: BoardCounterInput, inputs: BoardInputs, thresholds: ReadonlyMap<string, SupervisionThresholds>): BoardCounter {
  const { now } = inputs;
  const current = currentOf(inputs.open.filter((t) => t.counterId === c.id));
  const waitingForIt = inputs.open.filter((t) => isCallableBy(t, c)).length;
  const idle = c.status === 'open' && current === null && waitingForIt > 0;
  const limits = current ? thresholds.get(current.serviceId) : undefined;
  const mine = inputs.day.filter((d) => d.counterId === c.id);
  const timed = mine.reduce((n, d) => n + d.timed, 0);
  return {
    id: c.id, name: c.name, centreId: c.centreId, serviceIds: c.serviceIds, status: c.status, staffName: c.status === 'closed' ? null : c.staffName,
    currentNumber: current?.number ?? null,
    currentStatus: current?.status ?? null,
    currentSince: current ? (current.status === 'serving' ? current.startedAt : current.calledAt) : null,
    serviceLight: limits ? serviceLight(inServiceMs(current, now), limits) : 'green',
    servedToday: mine.reduce((n, d) => n + d.served, 0),
    averageServiceMs: average(mine.reduce((n, d) => n + d.serviceSumMs, 0), timed),
    waitingForIt,
    idleSince: idle ? (inputs.idleSince.get(c.id) ?? now) : null,
  };
}

export function buildBoard(inputs: BoardInputs): SupervisionBoard {
  const { now } = inputs;
  const thresholds = new Map(inputs.services.map((s) => [s.id, s.thresholds]));
  const counters = inputs.counters.map((c) => boardCounter(c, inputs, thresholds));
  const inHandOf = new Map(inputs.open.filter((t) => t.status === 'serving').map((t) => [t.serviceId, [] as Ticket[]]));
  for (const t of inputs.open) if (t.status === 'serving') inHandOf.get(t.serviceId)?.push(t);

  const serviceSums = new Map<string, Sums>();
  const services: BoardService[] = inputs.services.map((s) => {
    const sums = emptySums();
    for (const t of inputs.open) {
      if (t.serviceId !== s.id || t.status !== 'waiting') continue;
      sums.waiting += 1;
      sums.oldestArrivedAt = earliest(sums.oldestArrivedAt, t.arrivedAt);
    }
    for (const d of inputs.day) {
      if (d.serviceId !== s.id) continue;
      sums.served += d.served;
      sums.called += d.called;
      sums.waitSumMs += d.waitSumMs;
      sums.timed += d.timed;
      sums.serviceSumMs += d.serviceSumMs;
    }
    const figures = figuresOf(sums, now);
    sums.waitLights.push(waitLight(figures.longestWaitMs, s.thresholds));
    sums.serviceLights.push(serviceLight(figures.averageServiceMs, s.thresholds),
      ...(inHandOf.get(s.id) ?? []).map((t) => serviceLight(inServiceMs(t, now), s.thresholds)));
    serviceSums.set(s.id, sums);
    return { serviceId: s.id, centreId: s.centreId, name: s.name, thresholds: s.thresholds, ...figuresOf(sums, now) };
  });

  const hallSums = emptySums();
  const hallCounters = noCounters();
  const hallDevices = noDevices();
  for (const c of counters) countCounter(hallCounters, c);
  for (const d of inputs.devices) countDevice(hallDevices, d);
  const centres: BoardCentre[] = inputs.centres.map((centre) => {
    const sums = emptySums();
    for (const s of inputs.services) if (s.centreId === centre.id) addSums(sums, serviceSums.get(s.id) ?? emptySums());
    addSums(hallSums, sums);
    const counts = noCounters();
    for (const c of counters) if (c.centreId === centre.id) countCounter(counts, c);
    const devices = noDevices();
    for (const d of inputs.devices) if (d.centreId === centre.id) countDevice(devices, d);
    return { centreId: centre.id, name: centre.name, ...figuresOf(sums, now), counters: counts, devices };
  });

  const printers: BoardPrinter[] = inputs.printers.map((p) => ({
    printerId: p.printerId, name: p.name, state: p.state, working: p.state === 'ok' || p.state === 'paper_near_end',
    checkedAt: p.checkedAt,
  }));
  const printerCount: OnlineCount = { online: printers.filter((p) => p.working).length, total: printers.length };
  return {
    at: now,
    businessDay: inputs.businessDay,
    hall: { ...figuresOf(hallSums, now), counters: hallCounters, devices: hallDevices, printers: printerCount },
    centres, services, counters, printers,
  };
}

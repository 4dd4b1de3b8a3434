/**
 * Calls reaching the displays: N display sockets connected, then calls at a steady 5 a second. For the
 * hall, a call is the counter's 办结并叫号 (it finishes its resident and calls the next, in one command)
 * with residents already waiting; for the bare baseline it is one broadcast. The hall's whole turn (a
 * resident takes a ticket at the kiosk, its slip prints, then the call) is measured too, as context: two
 * commands and a slip against one broadcast. Measured:
 * time from sending the call until the last display has it, the server's CPU time per delivered call,
 * the bytes each display receives per call, and the server's RSS with the displays connected.
 */
import { io, type Socket } from 'socket.io-client';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../testkit/clients';
import type { ServerHandle } from './server-handle';
import type { BenchHallFile } from './history';
import { percentile } from './stats';
import { MAX_SEQ } from '../server/queue/numbering';

/** What a fan-out needs of the server: where it is, and its CPU time and memory so far. */
export type FanOutTarget = Pick<ServerHandle, 'url' | 'usage'>;

export const CALLS_PER_SECOND = 5;
/**
 * Calls made back to back before the paced ones, unmeasured, on every server alike. A hall's server has
 * made thousands of calls by mid-morning: its code is compiled and its caches are full. Without these, the
 * first server measured would be timed while V8 still compiles the command path (measured with one
 * display: about a sixth more CPU per call), which is not what a hall in service costs. A server's later
 * fan-outs meet compiled code already; their fewer calls warm the new displays' sockets.
 */
const PRIMING_CALLS = 200;
const PRIMING_CALLS_AGAIN = 50;
const WARM_UP_CALLS = 10;
const MEASURED_CALLS = 100;
/** Paced calls of one fan-out, measured or not: in a whole turn, each prints a slip. */
export const PACED_CALLS = WARM_UP_CALLS + MEASURED_CALLS;
const COUNTER_ID = 10;
/**
 * The services counter 10 calls (the demo hall's 法律援助 window, oldest first): a server's fan-outs take
 * turns between them. Each fan-out issues its priming and paced calls' tickets of one service, and a
 * prefix has 999 numbers a business day (server/queue/numbering.ts), so two services let a run repeat its
 * measurements; checkTicketBudget says how far.
 */
const COUNTER_SERVICES = ['people-mediation', 'legal-aid-application'] as const;

/** Priming calls of a server's `k`-th fan-out (from 0). */
function primingCalls(k: number): number {
  return k === 0 ? PRIMING_CALLS : PRIMING_CALLS_AGAIN;
}

function serviceOf(k: number): string {
  return COUNTER_SERVICES[k % COUNTER_SERVICES.length] ?? COUNTER_SERVICES[0];
}

/**
 * Ends the run before it starts when `fanOuts` fan-outs of one hall in one business day would need more
 * numbers of a service than a day has: the hall would refuse a ticket twenty minutes into the run.
 */
export function checkTicketBudget(fanOuts: number): void {
  const used = new Map<string, number>();
  for (let k = 0; k < fanOuts; k += 1) used.set(serviceOf(k), (used.get(serviceOf(k)) ?? 0) + primingCalls(k) + PACED_CALLS);
  for (const [service, tickets] of used) {
    if (tickets > MAX_SEQ) throw new Error(`${fanOuts} fan-outs a hall need ${tickets} tickets of ${service}; a day has ${MAX_SEQ}`);
  }
}

export interface FanOutResult {
  displays: number;
  calls: number;
  lastDisplayP50Ms: number;
  lastDisplayP99Ms: number;
  cpuPerDeliveryUs: number;
  bytesPerCallPerDisplay: number;
  rssMb: number;
}

/** Makes one call happen: which call to wait for at the displays, and when it was sent. */
type Caller = () => Promise<{ key: string; sentAt: number }>;

/** The engine below a socket.io client: what each display really receives, before socket.io decodes it. */
interface Engine { on(event: 'data', listener: (data: unknown) => void): unknown }

interface Display { on(event: 'hall.event', listener: (event: unknown) => void): void; close(): void; io: { engine: Engine } }

/** Bytes of one message as it arrived (text frames as UTF-8, as they travel). */
function wireBytes(data: unknown): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  return data instanceof ArrayBuffer || ArrayBuffer.isView(data) ? data.byteLength : 0;
}

function callKey(event: unknown): string | null {
  if (typeof event !== 'object' || event === null || !('call' in event)) return null;
  const call = event.call;
  if (typeof call !== 'object' || call === null || !('number' in call) || typeof call.number !== 'string') return null;
  return call.number;
}

async function connectMany<S extends Display>(count: number, open: () => Promise<S>): Promise<S[]> {
  const sockets: S[] = [];
  for (let i = 0; i < count; i += 50) {
    sockets.push(...await Promise.all(Array.from({ length: Math.min(50, count - i) }, open)));
  }
  return sockets;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Primes the server with calls, then makes the paced ones and measures them. `beforePaced` runs in
 * between, unmeasured (the hall lines residents up there).
 */
async function measure(server: FanOutTarget, displays: Display[], priming: number, caller: Caller,
  beforePaced: () => Promise<void> = () => Promise.resolve()): Promise<FanOutResult> {
  const waiting = new Map<string, { t0: number; left: number; done: (ms: number) => void }>();
  let bytes = 0;
  for (const display of displays) {
    // Counted from the frames received, not by encoding each event again: that would cost this one
    // client process more for a larger message and show up as the server's latency.
    display.io.engine.on('data', (data) => {
      bytes += wireBytes(data);
    });
    display.on('hall.event', (event) => {
      const key = callKey(event);
      const entry = key !== null ? waiting.get(key) : undefined;
      if (!entry) return;
      entry.left -= 1;
      if (entry.left === 0) {
        waiting.delete(key ?? '');
        entry.done(performance.now() - entry.t0);
      }
    });
  }
  const arrivals: Promise<void>[] = [];
  // Called right after the caller resolves, before any socket message can be read: the caller resolves
  // right after sending, so the arrival cannot come first.
  const arrival = (key: string, t0: number, done: (ms: number) => void): Promise<void> => new Promise<void>((resolve) => {
    waiting.set(key, { t0, left: displays.length, done: (ms) => {
      done(ms);
      resolve();
    } });
  });
  for (let i = 0; i < priming; i += 1) {
    const { key, sentAt } = await caller();
    await arrival(key, sentAt, () => undefined);
  }
  await beforePaced();
  const rssMb = (await server.usage()).rssMb;
  const spreads: number[] = [];
  let cpuStart = 0;
  let bytesStart = 0;
  const period = 1000 / CALLS_PER_SECOND;
  const started = performance.now();
  for (let i = 0; i < WARM_UP_CALLS + MEASURED_CALLS; i += 1) {
    if (i === WARM_UP_CALLS) {
      await Promise.all(arrivals.splice(0));
      cpuStart = (await server.usage()).cpuMs;
      bytesStart = bytes;
    }
    await sleep(Math.max(0, started + i * period - performance.now()));
    const measured = i >= WARM_UP_CALLS;
    const { key, sentAt: t0 } = await caller();
    arrivals.push(arrival(key, t0, (ms) => {
      if (measured) spreads.push(ms);
    }));
  }
  await Promise.all(arrivals);
  const cpuMs = (await server.usage()).cpuMs - cpuStart;
  const sorted = [...spreads].sort((a, b) => a - b);
  return {
    displays: displays.length,
    calls: MEASURED_CALLS,
    lastDisplayP50Ms: round(percentile(sorted, 50)),
    lastDisplayP99Ms: round(percentile(sorted, 99)),
    cpuPerDeliveryUs: round((cpuMs * 1000) / (MEASURED_CALLS * displays.length)),
    bytesPerCallPerDisplay: Math.round((bytes - bytesStart) / (MEASURED_CALLS * displays.length)),
    rssMb: Math.round(rssMb),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * What the hall does per measured call: `call` is the counter's 办结并叫号 alone, the residents it calls
 * having taken their tickets before; `turn` is a resident's whole turn — the kiosk issues a ticket and
 * prints its slip, then the counter's 办结并叫号 — two commands and a slip per call.
 */
export type HallCall = 'call' | 'turn';

/**
 * Counter 10 calling at five calls a second (see HallCall), as the server's `k`-th fan-out; priming is
 * always whole turns, without slips.
 */
export async function fanOutHall(server: FanOutTarget, hall: BenchHallFile, displayCount: number,
  per: HallCall, k: number): Promise<FanOutResult> {
  const displays = await connectMany(displayCount, () => connect(server.url, { deviceKey: hall.displayKey }));
  // The measured whole turns print their slips; every other ticket (priming, the residents lined up for
  // the calls) comes from a kiosk without a printer, so no slip still printing falls into a measurement.
  const printing = await connect(server.url, { deviceKey: hall.kioskKey });
  const screen = await connect(server.url, { deviceKey: hall.screenKioskKey });
  const staff = await connect(server.url, { token: await login(server.url, 'staff') });
  const all: ClientSocket[] = [...displays, printing, screen, staff];
  let paced = false;
  const issue = async (): Promise<string> =>
    ok(await send(paced && per === 'turn' ? printing : screen, 'ticket.issue', { serviceId: serviceOf(k), idempotencyKey: idemKey() }))
      .ticket.number;
  try {
    ok(await send(staff, 'counter.open', { counterId: COUNTER_ID }));
    // An earlier run may have left its last resident at the counter.
    await send(staff, 'counter.finish', { counterId: COUNTER_ID });
    let holding = false;
    /** Residents lined up before the paced calls, in the order the counter will call them. */
    const lined: string[] = [];
    // Arrivals are matched by ticket number, known before the call is sent: from the issue's answer, or
    // as the next resident lined up. Checked against the call's answer: a call of anyone else would leave
    // the bench waiting forever, so it ends the run instead (an unhandled rejection).
    return await measure(server, displays, primingCalls(k), async () => {
      const key = lined.shift() ?? await issue();
      const sentAt = performance.now();
      void send(staff, holding ? 'counter.finishAndCallNext' : 'counter.callNext', { counterId: COUNTER_ID }).then((answer) => {
        const called = answer.ok ? answer.data.current?.number : answer.error.code;
        if (called !== key) throw new Error(`expected ${key} to be called, got ${String(called)}`);
      });
      holding = true;
      return { key, sentAt };
    }, async () => {
      paced = true;
      if (per === 'call') for (let i = 0; i < WARM_UP_CALLS + MEASURED_CALLS; i += 1) lined.push(await issue());
    });
  } finally {
    for (const s of all) s.close();
  }
}

/** The bare baseline, as the server's `k`-th fan-out: a controller asks the bare server to broadcast one small call event. */
export async function fanOutBare(server: FanOutTarget, displayCount: number, k: number): Promise<FanOutResult> {
  const open = (): Promise<Socket> => new Promise((resolve, reject) => {
    const socket = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
  const displays = await connectMany(displayCount, open);
  const controller = await open();
  let n = 0;
  try {
    return await measure(server, displays, primingCalls(k), () => {
      n += 1;
      const number = `N${String(n).padStart(3, '0')}`;
      const sentAt = performance.now();
      controller.emit('call', { number, counterId: COUNTER_ID });
      return Promise.resolve({ key: number, sentAt });
    });
  } finally {
    for (const s of [...displays, controller]) s.close();
  }
}

/**
 * Real socket.io clients and HTTP calls against a test hall.
 */
import { io, type Socket } from 'socket.io-client';
import type { CommandInput, CommandName, CommandOutput } from '../protocol/commands';
import type { Result } from '../protocol/errors';
import type { ClientToServerEvents, HallEvent, ServerToClientEvents } from '../protocol/events';
import type { TicketTrack } from '../protocol/views';
import { STAFF_PASSWORD } from './hall';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client; `headers` are sent with its handshake (e.g. the address a proxy on this machine names). */
export function connect(url: string, auth: { token?: string; deviceKey?: string } = {}, headers?: Record<string, string>): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false,
    ...(headers ? { extraHeaders: headers } : {}) });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** How long `send` waits for the server's answer before failing the test. */
const ANSWER_GUARD_MS = 30_000;

export function send<N extends CommandName>(socket: ClientSocket, name: N, input: CommandInput<N> | unknown):
  Promise<Result<CommandOutput<N>>> {
  // Tests deliberately send malformed input too, so the input is not held to the command's type here.
  // A guard against an answer that never comes, not a measure of speed (benchmarks measure that): on a
  // loaded 2-core CI machine with browsers rendering beside the server, 10 s was once not enough.
  const timed = socket.timeout(ANSWER_GUARD_MS);
  const emit = timed.emitWithAck as (ev: string, payload: unknown) => Promise<Result<CommandOutput<N>>>;
  return emit.call(timed, name, input);
}

/** Unwraps a successful result, failing the test with the error code otherwise. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.data;
}

export async function http<T = unknown>(url: string, method: string, path: string,
  opts: { body?: unknown; raw?: string; token?: string; deviceKey?: string } = {}): Promise<{ status: number; body: Result<T> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.deviceKey) headers['x-device-key'] = opts.deviceKey;
  const res = await fetch(`${url}${path}`, {
    method, headers,
    ...(opts.raw !== undefined ? { body: opts.raw } : opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Result<T> };
}

export async function login(url: string, username: string, password = STAFF_PASSWORD): Promise<string> {
  const res = await http<{ token: string }>(url, 'POST', '/api/auth/login', { body: { username, password } });
  return ok(res.body).token;
}

/** Collects hall events as they arrive, and waits for one that matches. */
export class EventLog {
  readonly events: HallEvent[] = [];
  private waiters: { match: (e: HallEvent) => boolean; resolve: (e: HallEvent) => void }[] = [];

  constructor(socket: ClientSocket) {
    socket.on('hall.event', (e) => {
      this.events.push(e);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(e)) return true;
        w.resolve(e);
        return false;
      });
    });
  }

  waitFor(match: (e: HallEvent) => boolean, timeoutMs = 5000): Promise<HallEvent> {
    const seen = this.events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('hall event did not arrive')), timeoutMs);
      this.waiters.push({ match, resolve: (e) => { clearTimeout(timer); resolve(e); } });
    });
  }
}

export function nextEvent<E extends keyof ServerToClientEvents>(socket: ClientSocket, event: E, timeoutMs = 5000):
  Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${event} did not arrive`)), timeoutMs);
    socket.once(event as 'ticket.changed', ((payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}

/** Waits for a `ticket.changed` that matches (earlier, non-matching ones are skipped). */
export function ticketChange(socket: ClientSocket, match: (t: TicketTrack) => boolean, timeoutMs = 5000): Promise<TicketTrack> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('ticket.changed did not arrive')), timeoutMs);
    const listener = (t: TicketTrack): void => {
      if (!match(t)) return;
      clearTimeout(timer);
      socket.off('ticket.changed', listener);
      resolve(t);
    };
    socket.on('ticket.changed', listener);
  });
}

let keyCounter = 0;
export function idemKey(): string {
  keyCounter += 1;
  return `test-${process.pid}-${Date.now()}-${keyCounter}`;
}

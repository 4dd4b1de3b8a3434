/**
 * The socket.io transport: authenticates the handshake, puts hall-level clients in the hall room, and
 * maps every command event to the bus, answering through the ack. Phone pages (anonymous) may only
 * track their own ticket, found by its token.
 */
import { callerAddress, type CommandLimits } from '../auth/command-limits';
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Clock } from '../commands/context';
import type { CommandBus } from '../commands/bus';
import { errorResult } from '../commands/bus';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol/events';
import { handshakeSchema, isCommandName, type CommandName } from '../../protocol/schemas';
import type { Actor } from '../auth/actor';
import type { CallerLookup, Credentials } from '../auth/callers';
import { deviceRoom, HALL_ROOM } from './rooms';
import type { DevicePresence } from './device-presence';
import { joinsSupervisors, SUPERVISORS_ROOM } from './supervisors-room';

export const MAX_SOCKET_PAYLOAD = 64 * 1024;

interface SocketData {
  actor: Actor;
  credentials: Credentials;
}

export type HallIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type HallSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The socket.io acknowledgement a client passes with each command: the answer goes back through it. */
type Ack = (result: unknown) => void;

function isAck(value: unknown): value is Ack {
  return typeof value === 'function';
}

export function createSocketServer(http: HttpServer, callers: CallerLookup, bus: CommandBus, clock: Clock,
  limits: CommandLimits, presence: DevicePresence): HallIo {
  const io: HallIo = new Server(http, {
    maxHttpBufferSize: MAX_SOCKET_PAYLOAD,
    serveClient: false,
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });

  io.use((socket, next) => {
    const parsed = handshakeSchema.safeParse(socket.handshake.auth ?? {});
    if (!parsed.success) return next(new Error('UNAUTHENTICATED'));
    const actor = callers.resolve(parsed.data, clock.now());
    if (!actor) return next(new Error('UNAUTHENTICATED'));
    socket.data.actor = actor;
    socket.data.credentials = parsed.data;
    next();
  });

  io.on('connection', (socket) => {
    const actor = socket.data.actor;
    if (actor.kind !== 'anonymous') void socket.join(HALL_ROOM);
    if (joinsSupervisors(actor)) void socket.join(SUPERVISORS_ROOM);
    if (actor.kind === 'device') {
      const { deviceId } = actor;
      void socket.join(deviceRoom(deviceId));
      presence.connected(deviceId);
      socket.on('disconnect', () => presence.disconnected(deviceId));
    }

    // One listener per socket for every command, not one per command name: a connected display costs
    // the same memory however many commands the hall grows to (2,500 sockets × 100 commands was half
    // a million closures).
    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = args[args.length - 1];
      if (!isAck(ack)) return; // a command without an ack has no one to answer
      if (!isCommandName(event)) ack(errorResult('NOT_FOUND'));
      else answer(socket, event, args.length > 1 ? args[0] : undefined, ack);
    });
  });

  /** Passes one command to the bus, within the caller's rate limits, and answers through its ack. */
  function answer(socket: HallSocket, name: CommandName, payload: unknown, ack: Ack): void {
    const caller = { socketId: socket.id, address: callerAddress(socket.handshake.address, socket.handshake.headers['x-forwarded-for']),
      anonymous: socket.data.actor.kind === 'anonymous' };
    void limits.admit(name, caller).then((admitted) => (admitted ? run(socket, name, payload, ack) : ack(errorResult('RATE_LIMITED'))));
  }

  function run(socket: HallSocket, name: CommandName, payload: unknown, ack: Ack): void {
    // A session ends (logout, expiry) and a device key is revoked while its socket stays open: check
    // the caller again for every command (a cache that forgets ended credentials, not a database read),
    // and let go of a socket whose credential is gone.
    const actor = callers.resolve(socket.data.credentials, clock.now());
    if (!actor) {
      ack(errorResult('UNAUTHENTICATED'));
      socket.disconnect(true);
      return;
    }
    socket.data.actor = actor;
    const { result, joins } = bus.dispatch(name, payload, actor);
    if (joins.length) void socket.join([...joins]);
    ack(result);
  }
  return io;
}

/** Disconnects every socket that authenticated with this session token (after logout). */
export function dropSession(io: HallIo, token: string): void {
  for (const socket of io.sockets.sockets.values()) {
    if (socket.data.credentials?.token === token) socket.disconnect(true);
  }
}

/** Disconnects every socket of a staff account that was disabled or had its password reset. */
export function dropUser(io: HallIo, userId: number): void {
  for (const socket of io.sockets.sockets.values()) {
    const actor = socket.data.actor;
    if (actor?.kind === 'user' && actor.userId === userId) socket.disconnect(true);
  }
}

/** Disconnects every socket of a device whose key was revoked. */
export function dropDevice(io: HallIo, deviceId: number): void {
  for (const socket of io.sockets.sockets.values()) {
    const actor = socket.data.actor;
    if (actor?.kind === 'device' && actor.deviceId === deviceId) socket.disconnect(true);
  }
}

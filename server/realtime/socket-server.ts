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
import { withAddress, type Actor } from '../auth/actor';
import type { ErrorCode } from '../../protocol/errors';
import type { CallerLookup, Credentials } from '../auth/callers';
import { deviceRoom, hallRoomOf, isHallRoom } from './rooms';
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
    // The refusal's message is its error code: a device shows what is wrong with its key from it.
    const auth: unknown = socket.handshake.auth ?? {};
    const parsed = handshakeSchema.safeParse(auth);
    if (!parsed.success) return next(new Error(malformedRefusal(auth)));
    const actor = callers.resolve(parsed.data, clock.now());
    if (!actor) return next(new Error(callers.refusal(parsed.data)));
    socket.data.actor = actor;
    socket.data.credentials = parsed.data;
    next();
  });

  io.on('connection', (socket) => {
    const actor = socket.data.actor;
    const hallRoom = hallRoomOf(actor);
    if (hallRoom) void socket.join(hallRoom);
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
    const answered: Ack = (result) => {
      limits.answered(name, caller, result);
      ack(result);
    };
    void limits.admit(name, caller).then((admitted) => (admitted ? run(socket, name, payload, answered, caller.address)
      : ack(errorResult('RATE_LIMITED'))));
  }

  /**
   * Commands read from the network in one turn of the event loop are run as one group (the bus's group
   * commit): the answers wait at most for the rest of that turn, and a burst from many kiosks pays for
   * one durable commit instead of one per command.
   */
  const pending: { socket: HallSocket; name: CommandName; payload: unknown; ack: Ack; actor: Actor }[] = [];
  let flushing: NodeJS.Immediate | null = null;

  function flushPending(): void {
    // A group is bounded in size and in time: a burst of hundreds of commands would otherwise hold the
    // event loop for seconds on a loaded machine, long enough for sockets to miss their heartbeats. What
    // is left runs as the next group, in the order it arrived, after the server has answered other callers.
    const batch = pending.splice(0, MAX_GROUP);
    const outcomes = bus.dispatchGroup(batch.map(({ name, payload, actor }) => ({ name, raw: payload, actor })),
      performance.now() + GROUP_BUDGET_MS);
    pending.unshift(...batch.splice(outcomes.length));
    flushing = pending.length ? setImmediate(flushPending) : null;
    batch.forEach(({ socket, ack }, i) => {
      const outcome = outcomes[i];
      if (!outcome) return ack(errorResult('INTERNAL'));
      if (outcome.joins.length) void socket.join([...outcome.joins]);
      ack(outcome.result);
    });
  }

  function run(socket: HallSocket, name: CommandName, payload: unknown, ack: Ack, address: string): void {
    // A session ends (logout, expiry) and a device key is revoked while its socket stays open: check
    // the caller again for every command (a cache that forgets ended credentials, not a database read),
    // and let go of a socket whose credential is gone.
    const actor = callers.resolve(socket.data.credentials, clock.now());
    if (!actor) {
      ack(errorResult(callers.refusal(socket.data.credentials)));
      socket.disconnect(true);
      return;
    }
    socket.data.actor = actor;
    pending.push({ socket, name, payload, ack, actor: withAddress(actor, address) });
    flushing ??= setImmediate(flushPending);
  }
  return io;
}

/**
 * The most commands run as one group in one turn of the event loop. Large enough that a busy hall's
 * groups still share one commit (a cap of 32 halved throughput, since each group publishes once),
 * small enough that one group's work stays well under a socket's heartbeat.
 */
export const MAX_GROUP = 128;

/**
 * How long a group may keep starting commands (ms). A command costs 1–5 ms on a quiet machine and several
 * times that on a loaded one; 50 ms still lets a burst share one commit among ten or more commands,
 * and keeps each turn of the event loop short enough for heartbeats, other callers and the broadcast.
 */
export const GROUP_BUDGET_MS = 50;

/** A handshake whose credentials do not even have the right shape: a device key is then simply unknown. */
function malformedRefusal(auth: unknown): ErrorCode {
  const hasDeviceKey = typeof auth === 'object' && auth !== null && 'deviceKey' in auth && !('token' in auth);
  return hasDeviceKey ? 'DEVICE_KEY_UNKNOWN' : 'UNAUTHENTICATED';
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

/**
 * Moves the open connections of a device whose binding changed into the room of its new scope (a display
 * tied to another centre or window), before the configuration event that makes it take a new snapshot.
 */
export function rescopeDevice(io: HallIo, deviceId: number, callers: CallerLookup, now: number): void {
  for (const socket of io.sockets.sockets.values()) {
    const actor = socket.data.actor;
    if (actor?.kind !== 'device' || actor.deviceId !== deviceId) continue;
    const fresh = callers.resolve(socket.data.credentials, now);
    if (!fresh) continue;
    socket.data.actor = fresh;
    for (const room of socket.rooms) if (isHallRoom(room)) void socket.leave(room);
    const hallRoom = hallRoomOf(fresh);
    if (hallRoom) void socket.join(hallRoom);
  }
}

/** Disconnects every socket of a device whose key was revoked. */
export function dropDevice(io: HallIo, deviceId: number): void {
  for (const socket of io.sockets.sockets.values()) {
    const actor = socket.data.actor;
    if (actor?.kind === 'device' && actor.deviceId === deviceId) socket.disconnect(true);
  }
}

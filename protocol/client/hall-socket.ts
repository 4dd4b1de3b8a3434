/**
 * The typed socket.io client every front end (and integration test) uses, and the one way commands are
 * sent over it: `emit(name, input, ack)` with an ack timeout.
 */
import { io, type Socket } from 'socket.io-client';
import type { CommandInput, CommandName, CommandOutput } from '../commands';
import type { HandshakeAuth, ServerToClientEvents } from '../events';
import type { Result } from '../errors';
import { RECONNECT_OPTIONS, spreadReconnects } from './reconnect-policy';

/**
 * What the client emits: every command name with its input and an ack. Unlike the exact per-command
 * map in ../events, the ack's answer is `unknown` here and narrowed by isResult below: nothing from a
 * socket is trusted blindly, and socket.io's typed emit cannot follow a generic command name.
 */
export interface CommandEmitEvents {
  [command: string]: (input: CommandInput<CommandName>, ack: (answer: unknown) => void) => void;
}

export type HallSocket = Socket<ServerToClientEvents, CommandEmitEvents>;

export interface SocketOptions {
  /** Server origin, e.g. "http://127.0.0.1:3999". Omitted in browsers: the page's own origin. */
  url?: string;
  auth?: HandshakeAuth;
}

export function openHallSocket(options: SocketOptions): HallSocket {
  const settings = {
    auth: { ...(options.auth ?? {}) },
    // Long-polling first would double the requests of 40 kiosks for nothing on a LAN.
    transports: ['websocket', 'polling'],
    ...RECONNECT_OPTIONS,
  };
  const socket: HallSocket = options.url === undefined ? io(settings) : io(options.url, settings);
  spreadReconnects(socket.io);
  return socket;
}

/** Why a command got no answer. The command may or may not have reached the server. */
export class CommandNotAnsweredError extends Error {
  constructor(
    readonly command: CommandName,
    readonly reason: 'offline' | 'timeout',
  ) {
    super(`${command}: no answer (${reason})`);
    this.name = 'CommandNotAnsweredError';
  }
}

export const DEFAULT_ACK_TIMEOUT_MS = 8000;

/**
 * Sends one command and resolves with the server's Result. Rejects with CommandNotAnsweredError when
 * the socket is down (nothing is buffered for later: a counter's "call next" replayed after a reconnect
 * would surprise everyone) or when no ack came in time.
 */
export function sendCommand<N extends CommandName>(
  socket: HallSocket,
  name: N,
  input: CommandInput<N>,
  timeoutMs: number = DEFAULT_ACK_TIMEOUT_MS,
): Promise<Result<CommandOutput<N>>> {
  if (!socket.connected) return Promise.reject(new CommandNotAnsweredError(name, 'offline'));
  return new Promise((resolve, reject) => {
    socket.timeout(timeoutMs).emit(name, input, (err: Error | null, answer: unknown) => {
      if (err) reject(new CommandNotAnsweredError(name, 'timeout'));
      else if (isResult<CommandOutput<N>>(answer)) resolve(answer);
      else resolve(malformedAnswer());
    });
  });
}

/** Shallow shape check of an ack answer: `{ok:true,data}` or `{ok:false,error:{code}}`. */
export function isResult<T>(answer: unknown): answer is Result<T> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return false;
  if (answer.ok === true) return 'data' in answer;
  if (answer.ok !== false || !('error' in answer)) return false;
  const error = answer.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

function malformedAnswer(): { ok: false; error: { code: 'INTERNAL'; message: string } } {
  return { ok: false, error: { code: 'INTERNAL', message: 'malformed answer' } };
}

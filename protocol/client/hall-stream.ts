/**
 * The hall as a hall-level client sees it: a snapshot taken on every (re)connect, kept current by
 * `hall.event`s, and replaced whenever an event shows a gap or a server restart. Framework-free and free
 * of DOM APIs, so the front ends and Node integration tests use the same code.
 */
import type { CommandInput, CommandName, CommandOutput } from '../commands';
import type { Result } from '../errors';
import type { HallEvent, HandshakeAuth } from '../events';
import type { HallSnapshot } from '../views';
import { judgeHallEvent } from './hall-state';
import { DEFAULT_ACK_TIMEOUT_MS, openHallSocket, sendCommand, type HallSocket } from './hall-socket';
import { watchable } from './watchable';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

export interface HallStreamState {
  /** null until the first snapshot arrives. */
  snapshot: HallSnapshot | null;
  /** 'online' only once connected AND holding a snapshot of this connection. */
  status: ConnectionStatus;
  /** Error code the server gave when it refused the connection (e.g. UNAUTHENTICATED), else null. */
  refusedWith: string | null;
}

export interface HallStreamOptions {
  url?: string;
  auth?: HandshakeAuth;
  ackTimeoutMs?: number;
  /** Wait before asking again after a failed snapshot request or a refused connection. */
  retryDelayMs?: number;
}

export interface HallStream {
  readonly state: HallStreamState;
  /** Called after every state change; returns the unsubscribe function. */
  subscribe(listener: (state: HallStreamState) => void): () => void;
  /** Called with every event that was applied in sequence (e.g. to refresh a counter desk). */
  onEvent(listener: (event: HallEvent) => void): () => void;
  send<N extends CommandName>(name: N, input: CommandInput<N>): Promise<Result<CommandOutput<N>>>;
  close(): void;
  /** The underlying socket, for tests and for listeners this module does not cover. */
  readonly socket: HallSocket;
}

export function createHallStream(options: HallStreamOptions = {}): HallStream {
  const ackTimeoutMs = options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS;
  const retryDelayMs = options.retryDelayMs ?? 3000;
  const socket = openHallSocket({ url: options.url, auth: options.auth });
  const eventListeners = new Set<(event: HallEvent) => void>();

  const watch = watchable<HallStreamState>({ snapshot: null, status: 'connecting', refusedWith: null });
  /** Events that arrived while a snapshot was on its way; replayed on top of it. */
  let pending: HallEvent[] = [];
  let awaitingSnapshot = false;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  function setState(patch: Partial<HallStreamState>): void {
    watch.set({ ...watch.state, ...patch });
  }

  function scheduleRetry(action: () => void): void {
    if (closed || retryTimer !== null) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!closed) action();
    }, retryDelayMs);
  }

  async function requestSnapshot(): Promise<void> {
    if (awaitingSnapshot || closed) return;
    awaitingSnapshot = true;
    let result: Result<HallSnapshot> | null = null;
    try {
      result = await sendCommand(socket, 'hall.snapshot', {}, ackTimeoutMs);
    } catch {
      result = null; // timed out or dropped: retried below while the socket is up
    }
    awaitingSnapshot = false;
    if (closed) return;
    if (result && result.ok) {
      adoptSnapshot(result.data);
    } else {
      pending = [];
      scheduleRetry(() => {
        if (socket.connected) void requestSnapshot();
      });
    }
  }

  function adoptSnapshot(snapshot: HallSnapshot): void {
    const replay = pending;
    pending = [];
    setState({ snapshot, status: socket.connected ? 'online' : 'offline', refusedWith: null });
    for (const event of replay) receive(event);
  }

  function receive(event: HallEvent): void {
    if (awaitingSnapshot || !watch.state.snapshot) {
      pending.push(event);
      return;
    }
    const verdict = judgeHallEvent(watch.state.snapshot, event);
    if (verdict.kind === 'stale') return;
    if (verdict.kind === 'resync') {
      pending.push(event); // replayed on the new snapshot; dropped there as stale if already contained
      void requestSnapshot();
      return;
    }
    setState({ snapshot: verdict.next });
    for (const listener of eventListeners) listener(event);
  }

  socket.on('connect', () => {
    setState({ status: 'connecting', refusedWith: null });
    void requestSnapshot();
  });
  socket.on('disconnect', (reason: string) => {
    pending = [];
    setState({ status: 'offline' });
    // The server let this socket go (a revoked or replaced device key, an ended session): socket.io does
    // not come back by itself then. Knock again, so a refusal says why (UNAUTHENTICATED) on screen.
    if (reason === 'io server disconnect') scheduleRetry(() => socket.connect());
  });
  socket.on('connect_error', (error: Error) => {
    // A refusal by the server's middleware stops socket.io's own reconnection; keep knocking.
    const refused = socket.active ? null : error.message;
    setState({ status: 'offline', refusedWith: refused });
    if (!socket.active) scheduleRetry(() => socket.connect());
  });
  socket.on('hall.event', receive);

  return {
    get state() {
      return watch.state;
    },
    subscribe: (listener) => watch.subscribe(listener),
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    send(name, input) {
      return sendCommand(socket, name, input, ackTimeoutMs);
    },
    close() {
      closed = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      watch.clear();
      eventListeners.clear();
      socket.close();
    },
    socket,
  };
}

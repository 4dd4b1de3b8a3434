/**
 * What a phone tracking page knows of its one ticket: asked with `ticket.track` on every connect, then
 * kept current by `ticket.changed` (own ticket) and `queue.moved` (its service's queue moved, so the
 * people-ahead count changed: ask again, debounced). Framework-free and free of DOM APIs.
 */
import type { ErrorCode } from '../errors';
import type { TicketTrack } from '../views';
import type { ConnectionStatus } from './hall-stream';
import { DEFAULT_ACK_TIMEOUT_MS, openHallSocket, sendCommand, type HallSocket } from './hall-socket';
import { watchable } from './watchable';

export interface TicketWatchState {
  ticket: TicketTrack | null;
  /** Set when the server refused to track (e.g. TICKET_NOT_FOUND for a wrong or old token). */
  error: ErrorCode | null;
  status: ConnectionStatus;
}

export interface TicketWatchOptions {
  token: string;
  url?: string;
  ackTimeoutMs?: number;
  /** Several queue moves in a burst cause one `ticket.track`. */
  debounceMs?: number;
  retryDelayMs?: number;
}

export interface TicketWatch {
  readonly state: TicketWatchState;
  subscribe(listener: (state: TicketWatchState) => void): () => void;
  /** Asks the server for the ticket now (e.g. when the page becomes visible again). */
  refresh(): void;
  close(): void;
  readonly socket: HallSocket;
}

export function createTicketWatch(options: TicketWatchOptions): TicketWatch {
  const ackTimeoutMs = options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS;
  const debounceMs = options.debounceMs ?? 400;
  const retryDelayMs = options.retryDelayMs ?? 3000;
  const socket = openHallSocket({ url: options.url });
  const watch = watchable<TicketWatchState>({ ticket: null, error: null, status: 'connecting' });
  let debounceTimer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  function setState(patch: Partial<TicketWatchState>): void {
    watch.set({ ...watch.state, ...patch });
  }

  /** Takes a ticket unless it is older than the one held (answers and pushes can cross on the wire). */
  function adopt(ticket: TicketTrack): void {
    if (ticket.token !== options.token) return;
    const held = watch.state;
    if (held.ticket && ticket.version < held.ticket.version) return;
    setState({ ticket, error: null, status: socket.connected ? 'online' : held.status });
  }

  async function track(): Promise<void> {
    if (closed || !socket.connected) return;
    try {
      const result = await sendCommand(socket, 'ticket.track', { token: options.token }, ackTimeoutMs);
      if (result.ok) adopt(result.data);
      else setState({ error: result.error.code, status: 'online' });
    } catch {
      retryLater();
    }
  }

  function retryLater(): void {
    if (closed || retryTimer !== null) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void track();
    }, retryDelayMs);
  }

  function trackSoon(): void {
    if (debounceTimer !== null) clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => {
      debounceTimer = null;
      void track();
    }, debounceMs);
  }

  socket.on('connect', () => {
    setState({ status: 'connecting' });
    void track();
  });
  socket.on('disconnect', () => setState({ status: 'offline' }));
  socket.on('connect_error', () => {
    setState({ status: 'offline' });
    if (!socket.active && retryTimer === null && !closed) {
      retryTimer = setTimeout(() => {
        retryTimer = null;
        if (!closed) socket.connect();
      }, retryDelayMs);
    }
  });
  socket.on('ticket.changed', adopt);
  socket.on('queue.moved', (info) => {
    const held = watch.state.ticket;
    if (!held || info.serviceId === held.serviceId) trackSoon();
  });

  return {
    get state() {
      return watch.state;
    },
    subscribe: (listener) => watch.subscribe(listener),
    refresh() {
      void track();
    },
    close() {
      closed = true;
      if (debounceTimer !== null) clearTimeout(debounceTimer);
      if (retryTimer !== null) clearTimeout(retryTimer);
      watch.clear();
      socket.close();
    },
    socket,
  };
}

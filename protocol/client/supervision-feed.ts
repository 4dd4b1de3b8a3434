/**
 * The supervisors' live feed over a console's hall socket: the board and the alerts, asked for on every
 * (re)connect (the socket is in the supervisors' room from its connection) and kept current by the
 * `supervision.board` and `supervision.alert` pushes. Framework-free and free of DOM APIs, like the hall
 * stream it rides on. Listeners of `onRaised` hear each alert raised while the feed listens (the console
 * sounds them), never the ones it found already there.
 */
import type { ErrorCode, Result } from '../errors';
import type { SupervisionAlert, SupervisionBoard } from '../supervision';
import type { HallStream } from './hall-stream';
import { watchable } from './watchable';

export interface SupervisionFeedState {
  board: SupervisionBoard | null;
  /** Newest first: the latest page of alert.list with every pushed change merged in. */
  alerts: SupervisionAlert[];
  /** Why the server refused the feed (FORBIDDEN for staff), else null. */
  refusedWith: ErrorCode | null;
}

export interface SupervisionFeed {
  readonly state: SupervisionFeedState;
  subscribe(listener: (state: SupervisionFeedState) => void): () => void;
  onRaised(listener: (alert: SupervisionAlert) => void): () => void;
  ack(id: number): Promise<Result<SupervisionAlert>>;
  close(): void;
}

/** Puts `alert` in a newest-first list: replaces the one with its id, or goes in by id. */
export function mergeAlert(alerts: readonly SupervisionAlert[], alert: SupervisionAlert): SupervisionAlert[] {
  const others = alerts.filter((a) => a.id !== alert.id);
  const at = others.findIndex((a) => a.id < alert.id);
  return at === -1 ? [...others, alert] : [...others.slice(0, at), alert, ...others.slice(at)];
}

export function createSupervisionFeed(stream: HallStream): SupervisionFeed {
  const { socket } = stream;
  const raisedListeners = new Set<(alert: SupervisionAlert) => void>();
  const watch = watchable<SupervisionFeedState>({ board: null, alerts: [], refusedWith: null });
  /** Alerts pushed while alert.list is on its way: applied on top of its answer. */
  let pushedDuringLoad: SupervisionAlert[] | null = null;
  let closed = false;

  function setState(patch: Partial<SupervisionFeedState>): void {
    watch.set({ ...watch.state, ...patch });
  }

  async function load(): Promise<void> {
    pushedDuringLoad = [];
    try {
      const [board, alerts] = await Promise.all([stream.send('supervision.get', {}), stream.send('alert.list', {})]);
      if (closed) return;
      if (!board.ok || !alerts.ok) {
        setState({ refusedWith: !board.ok ? board.error.code : !alerts.ok ? alerts.error.code : null });
        return;
      }
      const newer = watch.state.board && watch.state.board.at > board.data.at ? watch.state.board : board.data;
      setState({ board: newer, alerts: (pushedDuringLoad ?? []).reduce(mergeAlert, alerts.data), refusedWith: null });
    } catch {
      // No answer (the socket dropped): the next connect asks again.
    } finally {
      pushedDuringLoad = null;
    }
  }

  const onConnect = (): void => {
    void load();
  };
  const onBoard = (board: SupervisionBoard): void => {
    if (!watch.state.board || board.at >= watch.state.board.at) setState({ board });
  };
  const onAlert = (alert: SupervisionAlert): void => {
    const known = watch.state.alerts.some((a) => a.id === alert.id);
    pushedDuringLoad?.push(alert);
    setState({ alerts: mergeAlert(watch.state.alerts, alert) });
    if (!known && alert.clearedAt === null && alert.acknowledgedAt === null) {
      for (const listener of raisedListeners) listener(alert);
    }
  };
  socket.on('connect', onConnect);
  socket.on('supervision.board', onBoard);
  socket.on('supervision.alert', onAlert);
  if (socket.connected) void load();

  return {
    get state() {
      return watch.state;
    },
    subscribe: (listener) => watch.subscribe(listener),
    onRaised(listener) {
      raisedListeners.add(listener);
      return () => raisedListeners.delete(listener);
    },
    async ack(id) {
      const result = await stream.send('alert.ack', { id });
      if (result.ok) setState({ alerts: mergeAlert(watch.state.alerts, result.data) });
      return result;
    },
    close() {
      closed = true;
      socket.off('connect', onConnect);
      socket.off('supervision.board', onBoard);
      socket.off('supervision.alert', onAlert);
      watch.clear();
      raisedListeners.clear();
    },
  };
}

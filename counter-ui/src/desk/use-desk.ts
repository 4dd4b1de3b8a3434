/**
 * The desk of one counter: loaded whole with 'counter.desk'; every counter command answers the small
 * CounterState (the counter and its tickets in hand), merged in. The lists beside it (queue, no-shows)
 * are read again with 'counter.lists' when a hall event touches this counter or its services, and the
 * whole desk only when the hall stream shows this counter in a state the desk does not (another path
 * changed it: a transfer to this window, an admin, a second tab).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Result } from '../../../protocol/errors';
import type { HallEvent } from '../../../protocol/events';
import type { CounterDesk, CounterState, CounterView } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { outcomeOf } from '../../../ui-kit/command-outcome';
import type { Problem } from '../parts/Problem';

export interface DeskState {
  desk: CounterDesk | null;
  problem: Problem | null;
  busy: boolean;
  /** Runs one desk command; resolves true when it succeeded. */
  run(send: () => Promise<Result<CounterState>>): Promise<boolean>;
  /**
   * Runs a command that answers something other than the desk (reprint, requeue, cancel): its data on
   * success, else null with the problem shown; the desk is read again either way.
   */
  act<T>(send: () => Promise<Result<T>>): Promise<T | null>;
  clearProblem(): void;
}

const EVENT_REFRESH_DELAY_MS = 150;
/** Read a moment after the order changed, so the server's clock is surely past it. */
const REORDER_MARGIN_MS = 500;

/** Whether the desk shows the counter as the hall stream does (the fields a command can change). */
function sameCounter(a: CounterView, b: CounterView): boolean {
  return a.status === b.status && a.currentNumber === b.currentNumber && a.currentStatus === b.currentStatus
    && a.staffName === b.staffName && a.staffPhoto === b.staffPhoto;
}

export function useDesk(stream: HallStream, counterId: number, online: boolean): DeskState {
  const [desk, setDesk] = useState<CounterDesk | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const deskRef = useRef<CounterDesk | null>(null);
  deskRef.current = desk;

  const refresh = useCallback(async (): Promise<void> => {
    const outcome = await outcomeOf(stream.send('counter.desk', { counterId }));
    if (outcome.kind === 'ok') setDesk(outcome.data);
    else if (outcome.kind === 'error') setProblem(outcome.code);
  }, [stream, counterId]);

  const refreshLists = useCallback(async (): Promise<void> => {
    const outcome = await outcomeOf(stream.send('counter.lists', { counterId }));
    if (outcome.kind === 'ok') setDesk((current) => (current ? { ...current, ...outcome.data } : current));
  }, [stream, counterId]);

  useEffect(() => {
    if (online) void refresh();
  }, [online, refresh]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const touchesDesk = (event: HallEvent): boolean => {
      const services = deskRef.current?.counter.serviceIds ?? [];
      return (
        (event.counters?.some((c) => c.id === counterId) ?? false) ||
        (event.loads?.some((l) => services.includes(l.serviceId)) ?? false)
      );
    };
    // Checked when the timer fires, after this desk's own command answer has been merged: only a state
    // that came from elsewhere needs the whole desk again.
    const counterMoved = (): boolean => {
      const shown = deskRef.current?.counter;
      const streamed = stream.state.snapshot?.counters.find((c) => c.id === counterId);
      return shown !== undefined && streamed !== undefined && !sameCounter(shown, streamed);
    };
    const off = stream.onEvent((event) => {
      if (!touchesDesk(event)) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void (counterMoved() ? refresh() : refreshLists());
      }, EVENT_REFRESH_DELAY_MS);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [stream, counterId, refresh, refreshLists]);

  // The queue's order changes by the clock when a booked ticket's slot window opens or closes: the lists
  // are read again at that moment (counted on the server's clock, from when they were read).
  const reorderIn = desk?.reorderAt != null ? desk.reorderAt - desk.serverTime : null;
  useEffect(() => {
    if (reorderIn === null || !online) return undefined;
    const timer = setTimeout(() => void refreshLists(), Math.max(0, reorderIn) + REORDER_MARGIN_MS);
    return () => clearTimeout(timer);
  }, [reorderIn, desk?.serverTime, online, refreshLists]);

  const run = useCallback(async (send: () => Promise<Result<CounterState>>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    const outcome = await outcomeOf(send());
    setBusy(false);
    if (outcome.kind === 'ok') {
      const state = outcome.data;
      if (deskRef.current) {
        // The ticket just called leaves the waiting list at once, before the lists are read again.
        const queue = deskRef.current.queue.filter((item) => item.id !== state.current?.id);
        const merged = { ...deskRef.current, ...state, queue };
        deskRef.current = merged;
        setDesk(merged);
      } else {
        void refresh();
      }
      return true;
    }
    setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
    // The desk may have moved under us (e.g. TICKET_STATE_INVALID): show the truth again.
    void refresh();
    return false;
  }, [refresh]);

  const act = useCallback(async <T>(send: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true);
    setProblem(null);
    const outcome = await outcomeOf(send());
    setBusy(false);
    void refresh();
    if (outcome.kind === 'ok') return outcome.data;
    setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
    return null;
  }, [refresh]);

  return { desk, problem, busy, run, act, clearProblem: () => setProblem(null) };
}

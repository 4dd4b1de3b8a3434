/**
 * The desk of one counter: loaded with 'counter.desk', replaced by the CounterDesk every command answers,
 * and reloaded when a hall event touches this counter or its services (another path may have changed
 * it: a transfer to this window, an admin, a second tab).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Result } from '../../../protocol/errors';
import type { HallEvent } from '../../../protocol/events';
import type { CounterDesk } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { outcomeOf } from '../../../ui-kit/command-outcome';
import type { Problem } from '../parts/Problem';

export interface DeskState {
  desk: CounterDesk | null;
  problem: Problem | null;
  busy: boolean;
  /** Runs one desk command; resolves true when it succeeded. */
  run(send: () => Promise<Result<CounterDesk>>): Promise<boolean>;
  /**
   * Runs a command that answers something other than the desk (reprint, requeue, cancel): its data on
   * success, else null with the problem shown; the desk is read again either way.
   */
  act<T>(send: () => Promise<Result<T>>): Promise<T | null>;
  clearProblem(): void;
}

const EVENT_REFRESH_DELAY_MS = 150;

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
    const off = stream.onEvent((event) => {
      if (!touchesDesk(event)) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void refresh();
      }, EVENT_REFRESH_DELAY_MS);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [stream, counterId, refresh]);

  const run = useCallback(async (send: () => Promise<Result<CounterDesk>>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    const outcome = await outcomeOf(send());
    setBusy(false);
    if (outcome.kind === 'ok') {
      setDesk(outcome.data);
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

/**
 * A screen's read of one command: sent once the console is online, sent again on every reconnect, on
 * `reload()` (after the screen changed something) and when the hall says its configuration changed, so
 * a list never shows what another admin has just changed elsewhere. Parts of a page that read the same
 * thing at once share one request (shared-read.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CommandInput, CommandName, CommandOutput } from '../../../protocol/commands';
import type { ErrorCode } from '../../../protocol/errors';
import { useConsole, useHall } from './console';
import { sharedRead } from './shared-read';

export type Loaded<T> =
  | { kind: 'loading' }
  | { kind: 'ok'; data: T }
  | { kind: 'error'; code: ErrorCode }
  | { kind: 'unanswered' };

export interface CommandRead<T> {
  state: Loaded<T>;
  /** The last data that arrived, kept while a reload is on its way (lists do not blink). */
  data: T | null;
  reload(): void;
}

export function useCommand<N extends CommandName>(name: N, input: CommandInput<N>): CommandRead<CommandOutput<N>> {
  const { stream } = useConsole();
  const online = useHall().status === 'online';
  const [state, setState] = useState<Loaded<CommandOutput<N>>>({ kind: 'loading' });
  const [data, setData] = useState<CommandOutput<N> | null>(null);
  const [round, setRound] = useState(0);
  // The input is compared by value: screens pass a fresh object literal on every render.
  const inputKey = JSON.stringify(input);
  const currentInput = useRef(input);
  currentInput.current = input;
  const latest = useRef(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => stream.onEvent((event) => {
    if (event.config) reload();
  }), [stream, reload]);

  useEffect(() => {
    if (!online) return;
    const ask = ++latest.current;
    void sharedRead(stream, name, currentInput.current).then((outcome) => {
      if (ask !== latest.current) return; // a newer read is on its way
      setState(outcome);
      if (outcome.kind === 'ok') setData(outcome.data);
    });
  }, [stream, name, inputKey, online, round]);

  return { state, data, reload };
}

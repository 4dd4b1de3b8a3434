/** One GET of the hall's API for a page (slots of a day, a booking by its code), read again on `reload`. */
import { useEffect, useState } from 'preact/hooks';
import { readApi, type ReadState } from '../read-api';

export function useRead<T>(path: string | null): { state: ReadState<T>; reload: () => void } {
  const [state, setState] = useState<ReadState<T>>({ phase: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (path === null) return undefined;
    let current = true;
    setState({ phase: 'loading' });
    void readApi<T>(path).then((outcome) => {
      if (!current) return;
      if (outcome.kind === 'ok') setState({ phase: 'ready', data: outcome.data });
      else if (outcome.kind === 'error') setState({ phase: 'failed', code: outcome.code });
      else setState({ phase: 'unanswered' });
    });
    return () => {
      current = false;
    };
  }, [path, round]);
  return { state, reload: () => setRound((r) => r + 1) };
}

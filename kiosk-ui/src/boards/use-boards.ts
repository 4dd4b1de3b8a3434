import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { ErrorCode } from '../../../protocol/errors';
import type { BoardView } from '../../../protocol/public-info';
import { outcomeOf } from '../../../ui-kit/command-outcome';

export type BoardsState =
  | { phase: 'loading' }
  | { phase: 'ready'; boards: BoardView[] }
  | { phase: 'failed'; code: ErrorCode }
  | { phase: 'unanswered' };

/**
 * The 政务公开 boards, asked with `board.list` when the screen opens and again whenever the snapshot's
 * `configVersion` moves (an admin saved one), keeping the pages on screen until the new ones arrive.
 */
export function useBoards(stream: HallStream, configVersion: number): { state: BoardsState; retry: () => void } {
  const [state, setState] = useState<BoardsState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => (s.phase === 'ready' ? s : { phase: 'loading' }));
    void outcomeOf(stream.send('board.list', {})).then((outcome) => {
      if (!current) return;
      if (outcome.kind === 'ok') setState({ phase: 'ready', boards: outcome.data });
      else if (outcome.kind === 'error') setState({ phase: 'failed', code: outcome.code });
      else setState({ phase: 'unanswered' });
    });
    return () => {
      current = false;
    };
  }, [stream, attempt, configVersion]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}

/** Boards with something to read: an empty one is left off the list. */
export function boardsToShow(boards: BoardView[]): BoardView[] {
  return boards.filter((b) => b.zh.body.trim() !== '');
}

import { useEffect, useState } from 'preact/hooks';
import type { HallStream } from '../../protocol/client/hall-stream';
import type { BoardView } from '../../protocol/public-info';
import { outcomeOf } from '../../ui-kit/command-outcome';
import { QUIET_BOARDS } from './quiet-hall';

/**
 * The 政务公开 boards a quiet display shows in turn, asked with `board.list` when the display starts and
 * again whenever the snapshot's `configVersion` moves (an admin saved one). Boards with nothing written
 * are left out; until an answer comes (or when it fails) there are none, and the display keeps its calls.
 */
export function useQuietBoards(stream: HallStream, configVersion: number | null): BoardView[] {
  const [boards, setBoards] = useState<BoardView[]>([]);
  useEffect(() => {
    if (configVersion === null) return undefined;
    let current = true;
    void outcomeOf(stream.send('board.list', {})).then((outcome) => {
      if (current && outcome.kind === 'ok') {
        setBoards(QUIET_BOARDS.flatMap((id) => outcome.data.filter((b) => b.id === id && b.zh.body.trim() !== '')));
      }
    });
    return () => {
      current = false;
    };
  }, [stream, configVersion]);
  return boards;
}

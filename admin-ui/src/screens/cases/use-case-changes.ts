/**
 * Calls `onChange` with the ids of follow-up cases that were opened or moved a step, as the server tells
 * supervisors' consoles (`case.changed`). A screen reads itself again with it, so a new 差评 shows up in
 * an open list without a reload. After a reconnect the screen's reads run again anyway (useCommand).
 */
import { useEffect, useRef } from 'preact/hooks';
import { useConsole } from '../../kit/console';

export function useCaseChanges(onChange: (ids: number[]) => void): void {
  const { stream } = useConsole();
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const listener = (info: { ids: number[] }): void => latest.current(info.ids);
    stream.socket.on('case.changed', listener);
    return () => {
      stream.socket.off('case.changed', listener);
    };
  }, [stream]);
}

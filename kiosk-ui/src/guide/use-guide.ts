import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { ErrorCode } from '../../../protocol/errors';
import type { ServiceGuide } from '../../../protocol/guide';
import { outcomeOf } from '../../../ui-kit/command-outcome';

export type GuideState =
  | { phase: 'loading' }
  | { phase: 'ready'; guide: ServiceGuide }
  | { phase: 'failed'; code: ErrorCode }
  | { phase: 'unanswered' };

/**
 * The 办理指南 of a service, asked with `service.guide` when the screen opens; `retry` asks again. It is
 * asked again whenever `configVersion` (from the snapshot) moves, so an admin's edit shows on an open
 * screen; the guide on screen stays until the new one arrives.
 */
export function useGuide(stream: HallStream, serviceId: string, configVersion: number): { state: GuideState; retry: () => void } {
  const [state, setState] = useState<GuideState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => (s.phase === 'ready' ? s : { phase: 'loading' }));
    void outcomeOf(stream.send('service.guide', { serviceId })).then((outcome) => {
      if (!current) return;
      if (outcome.kind === 'ok') setState({ phase: 'ready', guide: outcome.data });
      else if (outcome.kind === 'error') setState({ phase: 'failed', code: outcome.code });
      else setState({ phase: 'unanswered' });
    });
    return () => {
      current = false;
    };
  }, [stream, serviceId, attempt, configVersion]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}

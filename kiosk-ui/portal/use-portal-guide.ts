import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ServiceGuide } from '../../protocol/guide';
import type { GuideState } from '../src/guide/use-guide';
import { readApi } from './read-api';

/**
 * The 办理指南 of a service over HTTP (`service.guide`, GET /api/services/:id/guide), in the state the
 * kiosk's GuideLoad shows; `retry` asks again.
 */
export function usePortalGuide(serviceId: string): { state: GuideState; retry: () => void } {
  const [state, setState] = useState<GuideState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ phase: 'loading' });
    void readApi<ServiceGuide>(`/api/services/${encodeURIComponent(serviceId)}/guide`).then((outcome) => {
      if (!current) return;
      if (outcome.kind === 'ok') setState({ phase: 'ready', guide: outcome.data });
      else if (outcome.kind === 'error') setState({ phase: 'failed', code: outcome.code });
      else setState({ phase: 'unanswered' });
    });
    return () => {
      current = false;
    };
  }, [serviceId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}

import { useEffect, useState } from 'preact/hooks';
import { fetchPadIdentity, type PadIdentity } from './pad-device';

/** No answer (server restarting, network blip): ask again soon. */
const RETRY_UNANSWERED_MS = 5_000;
/** A refused or unbound key may be fixed by an admin without anyone touching the pad: look again now and then. */
const RETRY_REFUSED_MS = 30_000;

/** This pad's identity, or null while not known yet. */
export function usePadIdentity(deviceKey: string): PadIdentity | null {
  const [identity, setIdentity] = useState<PadIdentity | null>(null);
  useEffect(() => {
    if (identity?.kind === 'pad') return;
    let stopped = false;
    const delay = identity === null ? 0 : RETRY_REFUSED_MS;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const ask = (): void => {
      fetchPadIdentity(deviceKey)
        .then((found) => {
          if (stopped) return;
          if (found) setIdentity(found);
          else timer = setTimeout(ask, RETRY_UNANSWERED_MS);
        })
        .catch(() => {
          if (!stopped) timer = setTimeout(ask, RETRY_UNANSWERED_MS);
        });
    };
    timer = setTimeout(ask, delay);
    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    };
  }, [deviceKey, identity]);
  return identity;
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { idlePhase, samePhase, type IdlePhase } from './idle-phase';
import type { IdleTimes } from './idle-settings';

/** How often the guard looks at the time: fine enough for a countdown shown in whole seconds. */
const TICK_MS = 250;

/** Touches, keys and scrolling all count: a resident reading a long guide is not idle. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleGuard {
  phase: IdlePhase;
  /** "继续使用": the resident is still here. */
  keepUsing(): void;
}

/**
 * Watches for touches while `enabled`; after `times.idleMs` without one it reports a countdown, and
 * when the countdown runs out it calls `onExpire` once. `resetKey` changing (a new screen) counts as
 * activity.
 */
export function useIdleGuard(times: IdleTimes, enabled: boolean, resetKey: unknown, onExpire: () => void): IdleGuard {
  const lastTouch = useRef(Date.now());
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active' });
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    lastTouch.current = Date.now();
    setPhase({ kind: 'active' });
  }, [resetKey]);

  useEffect(() => {
    if (!enabled) {
      setPhase({ kind: 'active' });
      return;
    }
    lastTouch.current = Date.now();
    let shown: IdlePhase = { kind: 'active' };
    const show = (next: IdlePhase): void => {
      if (samePhase(shown, next)) return;
      shown = next;
      setPhase(next);
    };
    const touched = (): void => {
      lastTouch.current = Date.now();
      show({ kind: 'active' });
    };
    const tick = (): void => {
      const next = idlePhase(Date.now() - lastTouch.current, times);
      if (next.kind === 'expired') {
        lastTouch.current = Date.now();
        show({ kind: 'active' });
        expire.current();
        return;
      }
      show(next);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touched, { passive: true, capture: true });
    // Scroll events do not bubble: listen in the capture phase to hear every scrolling list.
    document.addEventListener('scroll', touched, { passive: true, capture: true });
    const timer = setInterval(tick, TICK_MS);
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touched, { capture: true });
      document.removeEventListener('scroll', touched, { capture: true });
    };
  }, [enabled, times]);

  return {
    phase,
    keepUsing() {
      lastTouch.current = Date.now();
      setPhase({ kind: 'active' });
    },
  };
}

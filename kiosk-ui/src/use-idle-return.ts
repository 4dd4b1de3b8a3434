import { useEffect } from 'preact/hooks';

/**
 * Calls `onIdle` after `ms` without a touch or key, so a kiosk left mid-way returns to the start for the
 * next resident. Generous on purpose: elderly residents need time to read.
 */
export function useIdleReturn(ms: number, onIdle: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let timer = setTimeout(onIdle, ms);
    const restart = (): void => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, ms);
    };
    window.addEventListener('pointerdown', restart, { passive: true });
    window.addEventListener('keydown', restart);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', restart);
      window.removeEventListener('keydown', restart);
    };
  }, [ms, onIdle, enabled]);
}

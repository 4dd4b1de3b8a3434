/**
 * The booking QR held to the kiosk's scanner. A keyboard-wedge scanner "types" what the QR holds and
 * then Enter, as keyboard events on the page (a kiosk has no keyboard of its own, so nothing else types
 * here). The characters since the last Enter are handed over on Enter; what they hold is judged by
 * `bookingCodeFromScan`.
 */
import { useEffect, useRef } from 'preact/hooks';

export function useScanner(onScan: (text: string) => void): void {
  const buffer = useRef('');
  const latest = useRef(onScan);
  latest.current = onScan;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Enter') {
        const text = buffer.current;
        buffer.current = '';
        if (text) latest.current(text);
      } else if (event.key.length === 1) {
        buffer.current = (buffer.current + event.key).slice(-200);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

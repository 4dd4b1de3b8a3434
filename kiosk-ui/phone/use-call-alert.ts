import { useEffect, useRef } from 'preact/hooks';
import type { TicketTrack } from '../../protocol/views';
import { callMark, isNewCall, type AlertMark } from './call-alert-rule';
import type { CallSound } from './call-sound';

/** Long-short pattern: noticeable in a pocket, distinct from a message buzz. */
const VIBRATION_MS = [400, 200, 400, 200, 400];

/** Vibrates and rings each time the ticket is called or recalled (see call-alert-rule). */
export function useCallAlert(ticket: TicketTrack | null, sound: CallSound | null): void {
  const last = useRef<AlertMark>(null);
  useEffect(() => {
    const mark = callMark(ticket);
    const fresh = isNewCall(last.current, mark);
    last.current = mark;
    if (!fresh) return;
    if (typeof navigator.vibrate === 'function') navigator.vibrate(VIBRATION_MS);
    sound?.ring();
  }, [ticket, sound]);
}

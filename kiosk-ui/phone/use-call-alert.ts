import { useEffect, useRef } from 'preact/hooks';
import type { TicketTrack } from '../../protocol/views';

/** Vibrates once each time the ticket is called (or called again), where the phone can vibrate. */
export function useCallAlert(ticket: TicketTrack | null): void {
  const lastCalledAt = useRef<number | null>(null);
  useEffect(() => {
    if (!ticket || ticket.status !== 'called' || ticket.calledAt === null) return;
    if (lastCalledAt.current === ticket.calledAt) return;
    const firstSight = lastCalledAt.current === null && ticket.version <= 0;
    lastCalledAt.current = ticket.calledAt;
    if (firstSight) return;
    if (typeof navigator.vibrate === 'function') navigator.vibrate([400, 200, 400, 200, 400]);
  }, [ticket]);
}

/**
 * Times the desk shows (how long each resident has waited, how long the ticket in hand has been
 * served), counted on the server's clock: the desk's lists carry the server time they were read at, and
 * the desk adds only how far its own clock has moved since. A workstation whose clock is minutes off
 * still shows true waiting times. Pure: the current local time is passed in.
 */
import { useRef } from 'preact/hooks';
import { useNow } from '../../../ui-kit/use-clock';

/** The server's time now, from the server time of the last read and the local times of that read and of now. */
export function serverNow(serverTime: number, localAtRead: number, localNow: number): number {
  return serverTime + Math.max(0, localNow - localAtRead);
}

/** "m:ss" under an hour, "h:mm:ss" from an hour on; never negative. */
export function elapsedText(since: number, now: number): string {
  const total = Math.max(0, Math.floor((now - since) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Whole minutes from `since` to `now`, never negative. */
export function elapsedMinutes(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}

/** The server's time, ticking every second, for a desk whose lists were read at `serverTime`. */
export function useServerNow(serverTime: number): number {
  const local = useNow(1000);
  // Noted during the render that first shows the new read, so no frame pairs it with an older local time.
  const read = useRef({ serverTime, local: Date.now() });
  if (read.current.serverTime !== serverTime) read.current = { serverTime, local: Date.now() };
  return serverNow(serverTime, read.current.local, Math.max(local, read.current.local));
}

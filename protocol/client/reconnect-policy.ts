/**
 * How a hall client comes back after the server restarts or the network drops. The deadline is
 * 3 s from the server answering again to the screen showing the hall as it is; socket.io's own back-off
 * (500 ms doubling to 5 s) left displays and phones up to 5 s behind.
 *
 * While the server is away an attempt costs it nothing (a refused connection never reaches it), so the
 * wait can stay short; what matters is the moment it comes back, when every kiosk, display and phone
 * knocks at once. So each client waits a random time, and keeps waiting a random time after the
 * back-off has reached its ceiling: socket.io clamps a jittered delay to its maximum, which would make
 * every long-waiting client retry on the same fixed beat. Drawing the ceiling anew before every
 * attempt keeps the knocks spread evenly over CEILING_MIN_MS…CEILING_MAX_MS, and the worst wait after
 * the server is back is CEILING_MAX_MS plus one handshake and one snapshot, inside the 3 s.
 */
import type { ManagerOptions } from 'socket.io-client';

/** The first wait: 500 ms ± half of it, doubling on each failed attempt up to the ceiling. */
const FIRST_DELAY_MS = 500;
const JITTER = 0.5;
/** The ceiling is drawn from this range before each attempt. */
export const CEILING_MIN_MS = 750;
export const CEILING_MAX_MS = 1500;
/**
 * An attempt sent while the cable was out gets no refusal, only silence: give up on it after this long
 * and knock again, rather than wait socket.io's default 20 s for a handshake a LAN answers in
 * milliseconds.
 */
const HANDSHAKE_TIMEOUT_MS = 2000;

export const RECONNECT_OPTIONS = {
  reconnectionDelay: FIRST_DELAY_MS,
  reconnectionDelayMax: CEILING_MAX_MS,
  randomizationFactor: JITTER,
  timeout: HANDSHAKE_TIMEOUT_MS,
} satisfies Partial<ManagerOptions>;

/** A ceiling for the next wait, uniform in CEILING_MIN_MS…CEILING_MAX_MS. */
export function drawCeiling(random: () => number = Math.random): number {
  return CEILING_MIN_MS + Math.floor(random() * (CEILING_MAX_MS - CEILING_MIN_MS));
}

/** The part of socket.io's Manager the policy drives: public API, no private fields. */
interface Reconnecting {
  on(event: 'reconnect_attempt', listener: (attempt: number) => void): unknown;
  reconnectionDelayMax(ms: number): unknown;
}

/** Before every attempt, the next wait gets a fresh random ceiling (see the header). */
export function spreadReconnects(manager: Reconnecting): void {
  manager.reconnectionDelayMax(drawCeiling());
  manager.on('reconnect_attempt', () => {
    manager.reconnectionDelayMax(drawCeiling());
  });
}

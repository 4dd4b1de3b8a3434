import type { IdleTimes } from './idle-settings';

/** Where an idle kiosk stands, given how long ago the last touch was. */
export type IdlePhase =
  | { kind: 'active' }
  | { kind: 'countdown'; secondsLeft: number }
  | { kind: 'expired' };

export function idlePhase(sinceTouchMs: number, times: IdleTimes): IdlePhase {
  if (sinceTouchMs < times.idleMs) return { kind: 'active' };
  const left = times.idleMs + times.countdownMs - sinceTouchMs;
  if (left <= 0) return { kind: 'expired' };
  // Rounded up: the overlay says "1" during the last second, never "0" while still waiting.
  return { kind: 'countdown', secondsLeft: Math.ceil(left / 1000) };
}

export function samePhase(a: IdlePhase, b: IdlePhase): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'countdown' || b.kind !== 'countdown' || a.secondsLeft === b.secondsLeft;
}

/**
 * Lookups that found nothing (an unknown 受理编号 or a wrong phone tail), counted per caller: a phone's
 * address, a device, or a staff account. A few misses are normal typing; past MISSES_ALLOWED in a window
 * the caller is answered RATE_LIMITED until the window ends, so trying numbers or tails stays hopeless.
 * In memory, like the other throttles: a restart forgives.
 */
import type { Actor } from '../auth/actor';
import { RateLimiter } from '../auth/rate-limiter';

export const MISSES_ALLOWED = 10;
export const MISS_WINDOW_MS = 15 * 60_000;

export function newLookupMissLimiter(): RateLimiter {
  return new RateLimiter(MISSES_ALLOWED, MISS_WINDOW_MS);
}

/** Whose misses a lookup counts against. */
export function missKeyOf(actor: Actor): string {
  if (actor.kind === 'user') return `user:${actor.userId}`;
  if (actor.kind === 'device') return `device:${actor.deviceId}`;
  return `address:${actor.address ?? 'unknown'}`;
}

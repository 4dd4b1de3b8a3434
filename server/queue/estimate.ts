/** Waiting-time estimates shown on the kiosk, the slip and the phone tracking page. */

const MIN_SAMPLES = 3;
const TRIM_FROM = 10;
const TRIM_SHARE = 0.1;
const MIN_MINUTES = 1;
const MAX_MINUTES = 120;

function clamp(minutes: number): number {
  return Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, minutes));
}

/**
 * Typical service time from recent finished tickets. A trimmed mean, because one resident who needed an
 * hour (or a ticket finished by mistake in seconds) should not swing everyone's estimate. Too few
 * samples mean the configured default. Clamped so a broken sample set cannot promise 0 or 10 hours.
 */
export function averageServiceMinutes(recentMinutes: readonly number[], defaultMinutes: number): number {
  const samples = recentMinutes.filter((minutes) => Number.isFinite(minutes) && minutes >= 0);
  if (samples.length < MIN_SAMPLES) return clamp(defaultMinutes);
  const sorted = [...samples].sort((a, b) => a - b);
  const trim = sorted.length >= TRIM_FROM ? Math.max(1, Math.floor(sorted.length * TRIM_SHARE)) : 0;
  const kept = sorted.slice(trim, sorted.length - trim);
  const mean = kept.reduce((sum, minutes) => sum + minutes, 0) / kept.length;
  return clamp(mean);
}

/** Whole minutes until a resident with `peopleAhead` before them is likely to be called. */
export function estimateWaitMinutes(peopleAhead: number, avgServiceMinutes: number, openCounters: number): number {
  if (peopleAhead <= 0) return 0;
  return Math.ceil((peopleAhead * avgServiceMinutes) / Math.max(1, openCounters));
}

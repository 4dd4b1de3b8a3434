/**
 * The traffic-light rule of 电子监察, stated once: a measure reaching its yellow limit is yellow, reaching
 * its red limit is red, anything below is green; nothing to measure is green. A group (a centre, the
 * hall) shows the worst light among its members.
 */
import type { Light, SupervisionThresholds } from '../../protocol/supervision';

export const MINUTE_MS = 60_000;

export function lightOf(valueMs: number | null, yellowMinutes: number, redMinutes: number): Light {
  if (valueMs === null) return 'green';
  if (valueMs >= redMinutes * MINUTE_MS) return 'red';
  if (valueMs >= yellowMinutes * MINUTE_MS) return 'yellow';
  return 'green';
}

const RANK: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

export function worstOf(lights: Iterable<Light>): Light {
  let worst: Light = 'green';
  for (const light of lights) if (RANK[light] > RANK[worst]) worst = light;
  return worst;
}

export function waitLight(waitMs: number | null, t: SupervisionThresholds): Light {
  return lightOf(waitMs, t.waitYellowMinutes, t.waitRedMinutes);
}

export function serviceLight(serviceMs: number | null, t: SupervisionThresholds): Light {
  return lightOf(serviceMs, t.serviceYellowMinutes, t.serviceRedMinutes);
}

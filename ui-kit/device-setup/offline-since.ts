/**
 * How long a device has been without its server, said the way a person reads it: seconds, then
 * minutes, then hours and minutes. Pure; the component keeps the clock.
 */
import type { UiKey } from '../../protocol/catalog/ui-lookup';
import type { Vars } from '../../protocol/catalog';

/** After this long without the server the device also says what to check (a blip needs no technician). */
export const SAY_WHAT_TO_CHECK_AFTER_MS = 30_000;

export function elapsedText(ms: number): { k: UiKey; vars: Vars } {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return { k: 'setup.offline.seconds', vars: { n: seconds } };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { k: 'setup.offline.minutes', vars: { n: minutes } };
  return { k: 'setup.offline.hours', vars: { h: Math.floor(minutes / 60), m: minutes % 60 } };
}

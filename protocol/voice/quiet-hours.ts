/** Whether a moment falls in the hall's quiet hours (protocol/voice/settings.ts), by the hall's clock. */
import { readRange } from '../hours';
import { localParts } from '../local-time';
import type { VoiceSettings } from './settings';

export function inQuietHours(settings: Pick<VoiceSettings, 'quietHours'>, at: number, timezone: string): boolean {
  if (settings.quietHours.length === 0) return false;
  const parts = localParts(at, timezone);
  const minute = parts.hour * 60 + parts.minute;
  return settings.quietHours.some((text) => {
    const range = readRange(text);
    return range !== null && minute >= range.from && minute < range.to;
  });
}

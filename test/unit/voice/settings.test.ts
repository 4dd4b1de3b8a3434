import { inQuietHours } from '../../../protocol/voice/quiet-hours';
import { voiceSettingsSchema } from '../../../protocol/voice/settings';
import { epochOfLocal } from '../../../protocol/local-time';

const ZONE = 'Asia/Shanghai';
const at = (local: string): number => epochOfLocal(local, ZONE);

describe('quiet hours', () => {
  const settings = { quietHours: ['12:00-13:30', '22:00-24:00'] };

  it('are silent from the start of a range up to, not including, its end, by the hall clock', () => {
    expect(inQuietHours(settings, at('2026-11-30T11:59'), ZONE)).toBe(false);
    expect(inQuietHours(settings, at('2026-11-30T12:00'), ZONE)).toBe(true);
    expect(inQuietHours(settings, at('2026-11-30T13:29'), ZONE)).toBe(true);
    expect(inQuietHours(settings, at('2026-11-30T13:30'), ZONE)).toBe(false);
    expect(inQuietHours(settings, at('2026-11-30T23:59'), ZONE)).toBe(true);
    expect(inQuietHours({ quietHours: [] }, at('2026-11-30T12:30'), ZONE)).toBe(false);
  });

  it('are read in the hall time zone, not the machine one', () => {
    // 12:30 in Baotou is 04:30 UTC.
    expect(inQuietHours(settings, Date.UTC(2026, 10, 30, 4, 30), ZONE)).toBe(true);
    expect(inQuietHours(settings, Date.UTC(2026, 10, 30, 12, 30), ZONE)).toBe(false);
  });

  it('refuse ranges that cannot be read, run backwards or overlap, naming each by its place', () => {
    const paths = (quietHours: string[]): string[] => {
      const parsed = voiceSettingsSchema.safeParse({ repeat: 2, volume: 80, chime: true, quietHours });
      return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths(['12:00-13:30', '17:30-18:00'])).toEqual([]);
    expect(paths(['noon'])).toEqual(['quietHours.0']);
    expect(paths(['12:00-13:30', '13:30-12:00'])).toEqual(['quietHours.1']);
    expect(paths(['12:00-13:30', '13:00-14:00'])).toEqual(['quietHours.1']);
  });
});

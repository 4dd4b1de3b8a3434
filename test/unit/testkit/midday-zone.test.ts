/**
 * The zone long tests run their hall in (testkit/midday-zone.ts): whatever the hour they start, it is
 * then midday there, hours away from the business day's end. Read back through Intl, not the helper's own sums.
 */
import { middayZone } from '../../../testkit/midday-zone';

function localHour(at: Date, zone: string): number {
  const hour = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(at);
  return Number(hour);
}

describe('a zone in which it is now midday', () => {
  it('puts every hour of the UTC day between 11:00 and 13:59 local time', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      for (const minute of [0, 59]) {
        const at = new Date(Date.UTC(2026, 11, 2, hour, minute));
        const zone = middayZone(at);
        expect(localHour(at, zone)).toBeGreaterThanOrEqual(11);
        expect(localHour(at, zone)).toBeLessThanOrEqual(13);
      }
    }
  });

  it('is a zone the server accepts: an IANA name Intl knows', () => {
    const zone = middayZone(new Date(Date.UTC(2026, 11, 2, 16, 0)));
    expect(zone).toMatch(/^Etc\/GMT([+-]\d{1,2})?$/);
    expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
  });
});

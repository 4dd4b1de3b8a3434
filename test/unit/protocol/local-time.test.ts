/**
 * Wall-clock parts in a zone (protocol/local-time.ts) are remembered per minute: every moment still reads
 * exactly what Intl reads, across minute, day and daylight-saving boundaries and between zones.
 */
import { localParts, type LocalParts } from '../../../protocol/local-time';

function fromIntl(at: number, timeZone: string): LocalParts {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
  }).formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0, hour: (parts.hour ?? 0) % 24, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}

const ZONES = ['Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
const MOMENTS = [
  Date.parse('2026-12-01T15:59:58Z'), // 23:59:58 in Beijing: the next seconds cross the business day
  Date.parse('2026-03-08T06:59:30Z'), // New York springs forward at 07:00 UTC
  Date.parse('2026-11-01T05:59:30Z'), // and falls back at 06:00 UTC
  Date.parse('2026-04-04T14:59:30Z'), // Lord Howe's half-hour change
];

it('reads every second as Intl does, whichever zones and moments are asked in turn', () => {
  for (const start of MOMENTS) {
    for (let s = 0; s < 90; s += 1) {
      for (const zone of ZONES) {
        const at = start + s * 1000 + 250;
        expect({ zone, at, parts: localParts(at, zone) }).toEqual({ zone, at, parts: fromIntl(at, zone) });
      }
    }
  }
});

it('gives each caller its own parts to keep', () => {
  const at = Date.parse('2026-12-01T02:00:00Z');
  const first = localParts(at, 'Asia/Shanghai');
  first.hour = 99;
  expect(localParts(at, 'Asia/Shanghai').hour).toBe(10);
});

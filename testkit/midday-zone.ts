/**
 * A fixed-offset time zone in which it is now around midday. A test that runs a hall on the real clock
 * for minutes would otherwise see the business day end when it happens to run across the hall's local
 * midnight (16:00 UTC in Asia/Shanghai): counters close and tickets expire in the middle of the test.
 */
export function middayZone(now = new Date()): string {
  const utcHour = now.getUTCHours();
  let best = 0;
  for (let offset = -12; offset <= 12; offset += 1) {
    const distance = (h: number): number => Math.abs(((utcHour + h + 24) % 24) - 12);
    if (distance(offset) < distance(best)) best = offset;
  }
  // Etc/GMT zones count the other way round: Etc/GMT-8 is eight hours ahead of UTC.
  return best === 0 ? 'Etc/GMT' : best > 0 ? `Etc/GMT-${best}` : `Etc/GMT+${-best}`;
}

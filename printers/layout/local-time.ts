/** Wall-clock time in the hall's zone, as printed on slips: "2025-03-08 09:05". */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let found = formatters.get(timezone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, found);
  }
  return found;
}

function parts(at: number, timezone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const out = { year: '0000', month: '00', day: '00', hour: '00', minute: '00' };
  for (const part of formatter(timezone).formatToParts(at)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'hour'
      || part.type === 'minute') {
      out[part.type] = part.value;
    }
  }
  // Some ICU builds print midnight as 24 even with h23.
  if (out.hour === '24') out.hour = '00';
  return out;
}

export function localDateTime(at: number, timezone: string): string {
  const p = parts(at, timezone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** YYYY-MM-DD in the hall's zone (simulated prints are filed by this day). */
export function localDate(at: number, timezone: string): string {
  const p = parts(at, timezone);
  return `${p.year}-${p.month}-${p.day}`;
}

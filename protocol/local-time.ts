/**
 * Wall-clock time in the hall's IANA time zone, read through Intl and never from the machine's own
 * zone. Shared by the queue engine (business day), the printers (time on slips) and the front ends.
 */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Building an Intl formatter is costly and issuing tickets asks for the day often: one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/**
 * The last minute read per zone. Reading the parts through Intl costs about 20 µs, and one command asks
 * several times about the same moment (its business day, the half-day, the hours, the report's hour);
 * within one minute only the second differs. Zones' offsets and their changes fall on whole minutes.
 */
const lastMinute = new Map<string, { minute: number; parts: LocalParts }>();

export function localParts(at: number, timezone: string): LocalParts {
  const minute = Math.floor(at / 60_000);
  const second = Math.floor((at - minute * 60_000) / 1000);
  const cached = lastMinute.get(timezone);
  if (cached?.minute === minute) return { ...cached.parts, second };
  const parts = readParts(at, timezone);
  lastMinute.set(timezone, { minute, parts });
  return { ...parts, second };
}

function readParts(at: number, timezone: string): LocalParts {
  const parts: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timezone).formatToParts(at)) {
    const value = Number(part.value);
    switch (part.type) {
      case 'year': parts.year = value; break;
      case 'month': parts.month = value; break;
      case 'day': parts.day = value; break;
      case 'hour': parts.hour = value; break;
      case 'minute': parts.minute = value; break;
      case 'second': parts.second = value; break;
      default: break;
    }
  }
  // Some ICU versions print midnight as hour 24 even with h23.
  if (parts.hour === 24) parts.hour = 0;
  return parts;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** YYYY-MM-DD in the zone. */
export function localDate(at: number, timezone: string): string {
  const p = localParts(at, timezone);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

/** "YYYY-MM-DD HH:MM" in the zone, as printed on slips. */
export function localDateTime(at: number, timezone: string): string {
  const p = localParts(at, timezone);
  return `${localDate(at, timezone)} ${pad(p.hour, 2)}:${pad(p.minute, 2)}`;
}

/**
 * The moment a wall-clock time "YYYY-MM-DDTHH:MM" (what a datetime-local input holds) names in the zone;
 * NaN for text that is no such time. Found by correcting a UTC guess with the zone's offset at that
 * moment, twice, so a time next to an offset change lands right too.
 */
export function epochOfLocal(local: string, timezone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return Number.NaN;
  const wanted = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let at = wanted;
  for (let i = 0; i < 2; i += 1) {
    const p = localParts(at, timezone);
    at += wanted - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  }
  return at;
}

/** The wall-clock time of a moment in the zone as a datetime-local input shows it ("YYYY-MM-DDTHH:MM"). */
export function localInputValue(at: number, timezone: string): string {
  return localDateTime(at, timezone).replace(' ', 'T');
}

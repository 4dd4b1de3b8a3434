/**
 * Before and after of an audit line as readable rows: the values that changed, each under its path
 * (nested objects are followed down to plain values and lists of plain values, so a change to one day
 * of a timetable reads `hours.timetables.0.week.2: 08:30-12:00 → 09:00-12:00`). A creation (nothing
 * before) lists what was made, a removal what was there.
 */
export interface DiffRow {
  field: string;
  before: string | null;
  after: string | null;
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (Array.isArray(value) && value.every(isPlain)) return value.length === 0 ? '[]' : value.map(shown).join(', ');
  return JSON.stringify(value);
}

/** Every plain value (or list of plain values) of `value` by its dotted path. */
function leaves(value: unknown, path: string, into: Map<string, unknown>): Map<string, unknown> {
  const descend = typeof value === 'object' && value !== null && !(Array.isArray(value) && value.every(isPlain));
  if (!descend) {
    into.set(path, value);
    return into;
  }
  for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, into);
  if (Object.keys(value).length === 0) into.set(path, value);
  return into;
}

export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (before === null && after === null) return [];
  const old = before === null ? null : leaves(before, '', new Map());
  const next = after === null ? null : leaves(after, '', new Map());
  const paths = [...new Set([...(old?.keys() ?? []), ...(next?.keys() ?? [])])];
  return paths.flatMap((field) => {
    const a = old === null ? null : shown(old.get(field));
    const b = next === null ? null : shown(next.get(field));
    return a === b ? [] : [{ field, before: a, after: b }];
  });
}
